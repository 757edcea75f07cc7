import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import type { CanaryActInput, SetDegradationInput, SetFlagInput } from '../../shared/console-api.js';
import { ALL_REGIONS_CONFIRMATION, type RegionOutcome, type SetDegradationEverywhereInput, type SetFlagEverywhereInput } from '../../shared/controls-api.js';
import { Canary, Degradation, FeatureFlag } from '../../shared/platform-api/index.js';
import type { Operator } from '../app-services.js';
import type { Attempt, AuditTrail } from './audit-trail.js';
import { authorize } from './controls-authorize.js';
import { safetyRefusal } from './controls-errors.js';
import type { ControlsPlatform } from './controls-platform.js';
import type { SnapshotReader } from './snapshot-reader.js';

export { ConflictCause, toTrpcError } from './controls-errors.js';
export type { ControlsTarget } from './controls-platform.js';
export type { Operator } from '../app-services.js';

type SetFlag = z.infer<typeof SetFlagInput>;
type SetDegradation = z.infer<typeof SetDegradationInput>;
type CanaryAct = z.infer<typeof CanaryActInput>;
type SetFlagEverywhere = z.infer<typeof SetFlagEverywhereInput>;
type SetDegradationEverywhere = z.infer<typeof SetDegradationEverywhereInput>;

export interface ControlsDeps {
  platform: ControlsPlatform;
  snapshots: SnapshotReader;
  trail: AuditTrail;
}

/**
 * Flags, degradation mode and canary actions, per region or everywhere at once: role-checked, confirmed where
 * the risk is high, versioned, idempotent, and every attempt in the audit log. Traffic lives in controls-traffic.ts.
 */
export class ControlsService {
  constructor(private readonly deps: ControlsDeps) {}

  private cachedFlag(region: string, key: string): FeatureFlag | null {
    return this.deps.snapshots.controls(region)?.value.flags.find((f) => f.key === key) ?? null;
  }

  private cachedDegradation(region: string): Degradation | null {
    return this.deps.snapshots.controls(region)?.value.degradation ?? null;
  }

  private putFlag(operator: Operator, attempt: Attempt, w: { region: string; key: string; enabled: boolean; expectedVersion: number; reason: string; idempotencyKey: string }) {
    const url = `${this.deps.platform.regionUrl(w.region)}/v1/flags/${encodeURIComponent(w.key)}`;
    return this.deps.trail.write(attempt, () =>
      this.deps.platform.send(url, 'PUT', FeatureFlag, { enabled: w.enabled }, { ...w, actor: operator.name }, `${w.region}/controls`),
    );
  }

  private putDegradation(operator: Operator, attempt: Attempt, w: { region: string; mode: Degradation['mode']; expectedVersion: number; reason: string; idempotencyKey: string }) {
    const url = `${this.deps.platform.regionUrl(w.region)}/v1/degradation`;
    return this.deps.trail.write(attempt, () =>
      this.deps.platform.send(url, 'PUT', Degradation, { mode: w.mode }, { ...w, actor: operator.name }, `${w.region}/controls`),
    );
  }

  setFlag(operator: Operator, input: SetFlag): Promise<FeatureFlag> {
    this.deps.platform.regionUrl(input.region);
    const attempt: Attempt = {
      operator,
      action: 'flag.set',
      target: `${input.region}/flag/${input.key}`,
      reason: input.reason,
      idempotencyKey: input.idempotencyKey,
      before: this.cachedFlag(input.region, input.key),
      requested: { enabled: input.enabled, expectedVersion: input.expectedVersion },
    };
    this.deps.trail.check(attempt, () => authorize(operator, 'flag', input.region));
    return this.putFlag(operator, attempt, input);
  }

  setDegradation(operator: Operator, input: SetDegradation): Promise<Degradation> {
    this.deps.platform.regionUrl(input.region);
    const attempt: Attempt = {
      operator,
      action: 'degradation.set',
      target: `${input.region}/degradation`,
      reason: input.reason,
      idempotencyKey: input.idempotencyKey,
      before: this.cachedDegradation(input.region),
      requested: { mode: input.mode, expectedVersion: input.expectedVersion },
    };
    this.deps.trail.check(attempt, () => authorize(operator, 'degradation', input.region));
    return this.putDegradation(operator, attempt, input);
  }

  actOnCanary(operator: Operator, input: CanaryAct): Promise<Canary> {
    const url = `${this.deps.platform.regionUrl(input.region)}/v1/canaries/${encodeURIComponent(input.canaryId)}/actions`;
    const attempt: Attempt = {
      operator,
      action: `canary.${input.action}`,
      target: `${input.region}/canary/${input.canaryId}`,
      reason: input.reason,
      idempotencyKey: input.idempotencyKey,
      before: this.deps.snapshots.canaries(input.region)?.value.canaries.find((c) => c.id === input.canaryId) ?? null,
      requested: { action: input.action, expectedVersion: input.expectedVersion },
    };
    this.deps.trail.check(attempt, () => authorize(operator, 'canary', input.region));
    return this.deps.trail.write(attempt, () =>
      this.deps.platform.send(url, 'POST', Canary, { action: input.action }, { ...input, actor: operator.name }, `${input.region}/canary`),
    );
  }

  /** Every configured region must have an expected version, and only those: the operator saw each one. */
  private versionsFor(expected: Record<string, number>): Array<[string, number]> {
    const regions = this.deps.platform.regions;
    const missing = regions.filter((r) => expected[r] === undefined);
    const unknown = Object.keys(expected).filter((r) => !regions.includes(r));
    const problems = [
      ...(missing.length > 0 ? [`expectedVersions must name every region (missing: ${missing.join(', ')})`] : []),
      ...(unknown.length > 0 ? [`unknown region ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${regions.join(', ')})`] : []),
    ];
    if (problems.length > 0) throw new TRPCError({ code: 'BAD_REQUEST', message: problems.join('; ') });
    return regions.map((r) => [r, expected[r] ?? 0]);
  }

  /** Writes each region separately (each its own audit entry); one region failing does not stop the others. */
  private async everywhere<T>(regions: Array<[string, number]>, write: (region: string, expectedVersion: number) => Promise<T>): Promise<Array<RegionOutcome<T>>> {
    return Promise.all(
      regions.map(([region, version]) =>
        write(region, version).then(
          (value): RegionOutcome<T> => ({ region, ok: true, value, error: null }),
          (error: unknown): RegionOutcome<T> => ({ region, ok: false, value: null, error: error instanceof Error ? error.message : String(error) }),
        ),
      ),
    );
  }

  setFlagEverywhere(operator: Operator, input: SetFlagEverywhere): Promise<Array<RegionOutcome<FeatureFlag>>> {
    const regions = this.versionsFor(input.expectedVersions);
    const before = Object.fromEntries(regions.map(([r]) => [r, this.cachedFlag(r, input.key)]));
    const whole: Attempt = {
      operator,
      action: 'flag.set-everywhere',
      target: `*/flag/${input.key}`,
      reason: input.reason,
      idempotencyKey: input.idempotencyKey,
      before,
      requested: { enabled: input.enabled, expectedVersions: input.expectedVersions },
    };
    const killSwitch = Object.values(before).some((f) => f?.kind === 'kill-switch');
    this.deps.trail.check(whole, () => {
      authorize(operator, 'flag-everywhere');
      if (killSwitch && input.confirmation?.trim() !== input.key) {
        throw safetyRefusal(`type the flag key "${input.key}" to flip this kill switch in every region`, { violations: [], confirmationRequired: input.key });
      }
    });
    return this.everywhere(regions, (region, expectedVersion) =>
      this.putFlag(
        operator,
        { ...whole, target: `${region}/flag/${input.key}`, before: before[region] ?? null, requested: { enabled: input.enabled, expectedVersion }, idempotencyKey: `${input.idempotencyKey}.${region}`, note: 'part of an all-regions change' },
        { region, key: input.key, enabled: input.enabled, expectedVersion, reason: input.reason, idempotencyKey: `${input.idempotencyKey}.${region}` },
      ),
    );
  }

  setDegradationEverywhere(operator: Operator, input: SetDegradationEverywhere): Promise<Array<RegionOutcome<Degradation>>> {
    const regions = this.versionsFor(input.expectedVersions);
    const before = Object.fromEntries(regions.map(([r]) => [r, this.cachedDegradation(r)]));
    const whole: Attempt = {
      operator,
      action: 'degradation.set-everywhere',
      target: '*/degradation',
      reason: input.reason,
      idempotencyKey: input.idempotencyKey,
      before,
      requested: { mode: input.mode, expectedVersions: input.expectedVersions },
    };
    this.deps.trail.check(whole, () => {
      authorize(operator, 'degradation-everywhere');
      if (input.confirmation?.trim() !== ALL_REGIONS_CONFIRMATION) {
        throw safetyRefusal(`type "${ALL_REGIONS_CONFIRMATION}" to change degradation mode in every region at once`, { violations: [], confirmationRequired: ALL_REGIONS_CONFIRMATION });
      }
    });
    return this.everywhere(regions, (region, expectedVersion) =>
      this.putDegradation(
        operator,
        { ...whole, target: `${region}/degradation`, before: before[region] ?? null, requested: { mode: input.mode, expectedVersion }, idempotencyKey: `${input.idempotencyKey}.${region}`, note: 'part of an all-regions change' },
        { region, mode: input.mode, expectedVersion, reason: input.reason, idempotencyKey: `${input.idempotencyKey}.${region}` },
      ),
    );
  }
}
