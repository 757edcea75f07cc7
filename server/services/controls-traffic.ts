import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import type { ApplyTrafficInput, RevertTrafficInput, TrafficKnownGood, TrafficPreview } from '../../shared/controls-api.js';
import { describeViolations, type TrafficSafetyConfig } from '../../shared/domain/traffic-safety-rules.js';
import { trafficWeightProblems } from '../../shared/domain/traffic-weights.js';
import { MINUTE_MS } from '../../shared/topology.js';
import { TrafficSplit } from '../../shared/platform-api/index.js';
import type { Operator } from '../app-services.js';
import type { AuditStore } from '../store/audit-store.js';
import type { Attempt, AuditTrail } from './audit-trail.js';
import { authorize } from './controls-authorize.js';
import { safetyRefusal } from './controls-errors.js';
import type { ControlsPlatform } from './controls-platform.js';
import type { CapacityEstimator } from './safety-capacity.js';
import { previewTraffic } from './safety-preview.js';
import type { SnapshotReader } from './snapshot-reader.js';

type ApplyTraffic = z.infer<typeof ApplyTrafficInput>;
type RevertTraffic = z.infer<typeof RevertTrafficInput>;

export interface TrafficDeps {
  platform: ControlsPlatform;
  snapshots: SnapshotReader;
  trail: AuditTrail;
  audit: AuditStore;
  capacity: CapacityEstimator;
  config: TrafficSafetyConfig;
  now: () => number;
}

const TARGET = 'global/traffic';

interface Change {
  action: 'traffic.set' | 'traffic.revert';
  weights: Record<string, number>;
  expectedVersion: number;
  reason: string;
  idempotencyKey: string;
  confirmation?: string | undefined;
  override?: { reason: string } | undefined;
  expiresInMinutes?: number | undefined;
}

const sameWeights = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys({ ...a, ...b }).every((k) => (a[k] ?? 0) === (b[k] ?? 0));

/** Region traffic weights: previewed, checked against the safety rules, confirmed, temporary or permanent, revertible. */
export class TrafficControls {
  constructor(private readonly deps: TrafficDeps) {}

  private facts() {
    return {
      regions: this.deps.platform.regions,
      current: this.deps.snapshots.traffic()?.value ?? null,
      health: (r: string) => this.deps.snapshots.health(r)?.value ?? null,
      capacity: this.deps.capacity,
      config: this.deps.config,
    };
  }

  preview(weights: Record<string, number>): TrafficPreview {
    return previewTraffic(weights, this.facts());
  }

  /**
   * The split before the most recent traffic change applied through Meridian. Reverts do not count, nor do
   * retries: the platform answered a retry with the version the cache already had, so it changed nothing.
   */
  knownGood(): TrafficKnownGood | null {
    for (const entry of this.deps.audit.applied('traffic.set', TARGET)) {
      const before = TrafficSplit.safeParse(entry.before);
      const after = TrafficSplit.safeParse(entry.after);
      if (before.success && after.success && after.data.version > before.data.version) return { weights: before.data.weights, since: before.data.updatedAt };
    }
    return null;
  }

  /**
   * The cached split, re-read when it is not the version the operator saw: the rules must judge the split the
   * platform really has, and a stale view is a conflict to show, not a change to send.
   */
  private async currentFor(expectedVersion: number): Promise<TrafficSplit | null> {
    const cached = this.deps.snapshots.traffic()?.value ?? null;
    if (cached && cached.version === expectedVersion) return cached;
    await this.deps.platform.refresh(TARGET);
    return this.deps.snapshots.traffic()?.value ?? null;
  }

  private async change(operator: Operator, c: Change): Promise<TrafficSplit> {
    const cached = this.deps.snapshots.traffic()?.value ?? null;
    const attempt: Attempt = {
      operator,
      action: c.action,
      target: TARGET,
      reason: c.reason,
      idempotencyKey: c.idempotencyKey,
      before: cached,
      requested: { weights: c.weights, expectedVersion: c.expectedVersion, expiresInMinutes: c.expiresInMinutes ?? null, override: c.override ?? null },
    };
    this.deps.trail.check(attempt, () => authorize(operator, 'traffic'));
    const problems = trafficWeightProblems(c.weights, this.deps.platform.regions);
    if (problems.length > 0) throw new TRPCError({ code: 'BAD_REQUEST', message: problems.join('; ') });

    const current = await this.currentFor(c.expectedVersion);
    attempt.before = current;
    if (current && current.version > c.expectedVersion) {
      // The platform is at least at the cached version, so this request cannot apply: the platform answers 409
      // naming who changed the split, or replays the answer to an identical earlier request (a retry).
      return this.send(operator, attempt, c);
    }
    if (current && current.version < c.expectedVersion) {
      const message = `Meridian's copy of the traffic split (version ${current.version}) is older than the one you saw (${c.expectedVersion}) and the safety rules need the real one; try again in a few seconds`;
      throw this.deps.trail.refuse(attempt, new TRPCError({ code: 'PRECONDITION_FAILED', message }));
    }
    const preview = previewTraffic(c.weights, { ...this.facts(), current });
    if (preview.problems.length > 0) throw new TRPCError({ code: 'BAD_REQUEST', message: preview.problems.join('; ') });

    const { violations } = preview;
    const needed = preview.confirmationRequired;
    const unconfirmed = needed !== null && c.confirmation?.trim() !== needed ? needed : null;
    this.deps.trail.check(attempt, () => {
      if (c.override) authorize(operator, 'traffic-override');
      if (violations.length > 0 && !c.override) {
        const hint = operator.role === 'on-call' ? ' (as on-call you may override it with a reason: break glass)' : '';
        throw safetyRefusal(`${describeViolations(violations)}${hint}`, { violations, confirmationRequired: unconfirmed });
      }
      if (unconfirmed !== null) {
        throw safetyRefusal(`type "${unconfirmed}" to confirm draining ${unconfirmed} to 0`, { violations: [], confirmationRequired: unconfirmed });
      }
    });
    if (violations.length > 0 && c.override) attempt.override = { rules: violations.map((v) => v.rule), reason: c.override.reason };

    return this.send(operator, attempt, c);
  }

  /**
   * A retry must send the very same body, or the platform refuses the reused idempotency key: the expiry of a
   * temporary shift is taken from the first application when there was one.
   */
  private expiresAt(c: Change): number | undefined {
    if (c.expiresInMinutes === undefined) return undefined;
    const earlier = TrafficSplit.safeParse(this.deps.audit.appliedWithKey(c.idempotencyKey, TARGET)?.after);
    return earlier.success && earlier.data.expiresAt !== null ? earlier.data.expiresAt : this.deps.now() + c.expiresInMinutes * MINUTE_MS;
  }

  private send(operator: Operator, attempt: Attempt, c: Change): Promise<TrafficSplit> {
    const expiresAt = this.expiresAt(c);
    const body = expiresAt === undefined ? { weights: c.weights } : { weights: c.weights, expiresAt };
    return this.deps.trail.write(attempt, () =>
      this.deps.platform.send(this.deps.platform.trafficUrl, 'PUT', TrafficSplit, body, { ...c, actor: operator.name }, TARGET),
    );
  }

  apply(operator: Operator, input: ApplyTraffic): Promise<TrafficSplit> {
    return this.change(operator, { ...input, action: 'traffic.set' });
  }

  async revert(operator: Operator, input: RevertTraffic): Promise<TrafficSplit> {
    const cached = this.deps.snapshots.traffic()?.value ?? null;
    const attempt: Attempt = { operator, action: 'traffic.revert', target: TARGET, reason: input.reason, idempotencyKey: input.idempotencyKey, before: cached, requested: { revertTo: 'known-good', expectedVersion: input.expectedVersion } };
    this.deps.trail.check(attempt, () => authorize(operator, 'traffic'));
    const good = this.knownGood();
    if (!good) throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'nothing to revert to: no traffic change has been applied through Meridian yet' });
    const current = this.deps.snapshots.traffic()?.value;
    if (current && current.version === input.expectedVersion && sameWeights(current.weights, good.weights) && current.expiresAt === null) {
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'traffic is already at the known-good split; nothing to revert' });
    }
    return this.change(operator, { ...input, action: 'traffic.revert', weights: good.weights });
  }
}
