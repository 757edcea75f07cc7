import { TRPCError } from '@trpc/server';
import type { OperatorProfile } from '../../shared/controls-api.js';
import type { Operator } from '../app-services.js';
import type { Attempt, AuditTrail } from './audit-trail.js';
import { authorize } from './controls-authorize.js';
import { readProfileFile, writeProfileFile } from './profile-file.js';

export interface ProfileOptions {
  dataDir: string;
  /** Used when no profile has been saved (or the saved one is unusable). */
  defaults: OperatorProfile;
  regions: readonly string[];
  trail: AuditTrail;
  warn?: (message: string) => void;
}

/**
 * The desktop (and launch-secret) operator's name, role and regions, saved in the data folder. Setting it is
 * an audited action; a per-operator token session cannot set it at all.
 */
export class ProfileService {
  private profile: OperatorProfile;

  constructor(private readonly options: ProfileOptions) {
    const read = readProfileFile(options.dataDir);
    this.profile = options.defaults;
    if (read.kind === 'corrupt') (options.warn ?? console.warn)(`[meridian] ${read.problem}; using the default profile (${options.defaults.name}, ${options.defaults.role}) until one is saved in Settings`);
    if (read.kind === 'ok') {
      const problem = this.problem(read.profile);
      if (problem === null) this.profile = this.normalize(read.profile);
      else (options.warn ?? console.warn)(`[meridian] the saved profile does not fit this platform (${problem}); using the default profile`);
    }
  }

  current(): OperatorProfile {
    return this.profile;
  }

  /** Regions only scope a regional manager; for other roles they would mean nothing, so they are dropped. */
  private normalize(p: OperatorProfile): OperatorProfile {
    const regions = p.role === 'regional-manager' && p.regions !== null ? [...new Set(p.regions)] : null;
    return { name: p.name.trim(), role: p.role, regions };
  }

  private problem(p: OperatorProfile): string | null {
    const unknown = (p.regions ?? []).filter((r) => !this.options.regions.includes(r));
    return unknown.length === 0 ? null : `unknown region ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${this.options.regions.join(', ')})`;
  }

  private async save(attempt: Attempt, next: OperatorProfile): Promise<OperatorProfile> {
    const saved = await this.options.trail.write(attempt, async () => {
      writeProfileFile(this.options.dataDir, next);
      return next;
    });
    this.profile = saved;
    return saved;
  }

  /** Settings → profile. */
  set(operator: Operator, canEditProfile: boolean, input: OperatorProfile): Promise<OperatorProfile> {
    const problem = this.problem(input);
    if (problem !== null) throw new TRPCError({ code: 'BAD_REQUEST', message: problem });
    const next = this.normalize(input);
    const attempt: Attempt = { operator, action: 'profile.set', target: 'operator/profile', reason: 'set in Settings', idempotencyKey: null, before: this.profile, requested: next };
    this.options.trail.check(attempt, () => {
      if (!canEditProfile) {
        throw new TRPCError({ code: 'FORBIDDEN', message: "this session's identity comes from its operator token; ask whoever runs this server to change it in the operators file" });
      }
      authorize(operator, 'profile');
    });
    return this.save(attempt, next);
  }

  /** `--operator` / `--role` at start: saved as if set in Settings, and audited when it changes anything. */
  async seed(input: OperatorProfile): Promise<void> {
    const problem = this.problem(input);
    if (problem !== null) throw new Error(`the operator given at start does not fit this platform: ${problem}`);
    const next = this.normalize(input);
    if (JSON.stringify(next) === JSON.stringify(this.profile) && readProfileFile(this.options.dataDir).kind === 'ok') return;
    await this.save({ operator: next, action: 'profile.set', target: 'operator/profile', reason: 'set by --operator/--role at start', idempotencyKey: null, before: this.profile, requested: next }, next);
  }
}
