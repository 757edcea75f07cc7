import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import type { FlagdExport, FlagdImportError, FlagdImportResult, ImportFlagdInput } from '../../shared/controls-api.js';
import { toFlagdDocument } from '../../shared/domain/flagd-document.js';
import { planFlagdImport } from '../../shared/domain/flagd-import-plan.js';
import { FeatureFlag } from '../../shared/platform-api/index.js';
import type { Operator } from '../app-services.js';
import type { AuditTrail } from './audit-trail.js';
import { authorize } from './controls-authorize.js';
import type { ControlsPlatform } from './controls-platform.js';
import type { SnapshotReader } from './snapshot-reader.js';

type ImportFlagd = z.infer<typeof ImportFlagdInput>;

export interface FlagdDeps {
  platform: ControlsPlatform;
  snapshots: SnapshotReader;
  trail: AuditTrail;
  now: () => number;
}

/** A region's flags to and from flagd's flag-definition JSON (mapping in docs/controls.md). */
export class FlagdService {
  constructor(private readonly deps: FlagdDeps) {}

  private flags(region: string): FeatureFlag[] {
    this.deps.platform.regionUrl(region);
    const controls = this.deps.snapshots.controls(region);
    if (!controls) throw new TRPCError({ code: 'PRECONDITION_FAILED', message: `no flags of ${region} are cached yet: wait for the first answer from its controls API` });
    return controls.value.flags;
  }

  export(region: string): FlagdExport {
    const day = new Date(this.deps.now()).toISOString().slice(0, 10);
    return { fileName: `meridian-flags-${region}-${day}.flagd.json`, content: `${JSON.stringify(toFlagdDocument(this.flags(region)), null, 2)}\n` };
  }

  /**
   * Validates the whole file first and changes nothing if anything is wrong. Applying writes each changed flag
   * with the version the cache holds (a flag changed meanwhile is a conflict, not an overwrite) and stops at
   * the first platform failure, so the audit log and the answer say exactly what was applied.
   */
  async import(operator: Operator, input: ImportFlagd): Promise<FlagdImportResult> {
    const flags = this.flags(input.region);
    const plan = planFlagdImport(input.content, flags, input.region);
    if (input.dryRun || plan.errors.length > 0) return { ...plan, applied: false };

    const whole = {
      operator,
      action: 'flags.import',
      target: `${input.region}/flags`,
      reason: input.reason,
      idempotencyKey: input.idempotencyKey,
      before: flags,
      requested: { changes: plan.changes },
    };
    this.deps.trail.check(whole, () => authorize(operator, 'flags-import', input.region));

    const base = this.deps.platform.regionUrl(input.region);
    const errors: FlagdImportError[] = [];
    const done: string[] = [];
    for (const change of plan.changes) {
      const flag = flags.find((f) => f.key === change.key);
      if (!flag) continue;
      const idempotencyKey = `${input.idempotencyKey}.${change.key}`;
      const write = { expectedVersion: flag.version, reason: input.reason, idempotencyKey, actor: operator.name };
      try {
        await this.deps.trail.write(
          { ...whole, target: `${input.region}/flag/${change.key}`, before: flag, requested: { enabled: change.to, expectedVersion: flag.version }, idempotencyKey, note: 'from a flagd file' },
          () => this.deps.platform.send(`${base}/v1/flags/${encodeURIComponent(change.key)}`, 'PUT', FeatureFlag, { enabled: change.to }, write, `${input.region}/controls`),
        );
        done.push(change.key);
      } catch (error) {
        const rest = plan.changes.length - done.length - 1;
        const applied = done.length > 0 ? `already applied: ${done.join(', ')}` : 'nothing was applied before it';
        errors.push({ flag: change.key, field: 'platform', message: `${error instanceof Error ? error.message : String(error)} (${applied}; ${rest} not attempted)` });
        break;
      }
    }
    return { ...plan, errors, applied: errors.length === 0 };
  }
}
