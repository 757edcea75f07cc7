import { TRPCError } from '@trpc/server';
import type { AuditEntry, AuditResult } from '../../shared/controls-api.js';
import type { Operator } from '../app-services.js';
import type { AuditStore } from '../store/audit-store.js';
import { ConflictCause, toTrpcError } from './controls-errors.js';

/** One operator attempt at a change, as the audit log records it. */
export interface Attempt {
  operator: Operator;
  action: string;
  target: string;
  reason: string;
  idempotencyKey: string | null;
  /** The resource as the cache had it. */
  before: unknown;
  /** What was asked for; recorded as `after` when the change did not apply. */
  requested: unknown;
  /** A break-glass override: the rules it overrode and why. */
  override?: { rules: readonly string[]; reason: string } | undefined;
  /** Extra context for the entry's detail (e.g. "part of an all-regions change"). */
  note?: string | undefined;
}

const joinDetail = (...parts: Array<string | null | undefined>) => parts.filter((p): p is string => !!p).join('; ') || null;

/**
 * Records every attempt exactly once, in the code path that makes it: refused (role, safety rule, missing
 * confirmation), conflict (the platform's 409, naming who changed it), failed (any other error) or applied.
 */
export class AuditTrail {
  constructor(
    private readonly store: AuditStore,
    private readonly now: () => number,
  ) {}

  private append(a: Attempt, result: AuditResult, after: unknown, detail: string | null): AuditEntry {
    const override = result === 'applied' && a.override !== undefined;
    const overrideDetail = override && a.override ? `break-glass override of ${a.override.rules.join(', ')}: ${a.override.reason}` : null;
    return this.store.append({
      at: this.now(),
      actor: a.operator.name,
      role: a.operator.role,
      action: a.action,
      target: a.target,
      before: a.before,
      after,
      reason: a.reason,
      result,
      override,
      detail: joinDetail(overrideDetail, a.note, detail),
      idempotencyKey: a.idempotencyKey,
    });
  }

  /** Records a refusal and hands back the error to throw. */
  refuse(a: Attempt, error: TRPCError): TRPCError {
    this.append(a, 'refused', { requested: a.requested }, error.message);
    return error;
  }

  /** Runs the checks before a change; whatever they refuse is recorded as refused, then thrown. */
  check(a: Attempt, checks: () => void): void {
    try {
      checks();
    } catch (error) {
      if (error instanceof TRPCError) throw this.refuse(a, error);
      throw error;
    }
  }

  /** Runs the platform write and records its outcome; errors come back typed for the UI. */
  async write<T>(a: Attempt, send: () => Promise<T>): Promise<T> {
    let value: T;
    try {
      value = await send();
    } catch (raw) {
      const error = toTrpcError(raw);
      if (error.code === 'CONFLICT') {
        const current = error.cause instanceof ConflictCause ? error.cause.current : undefined;
        this.append(a, 'conflict', { requested: a.requested, current }, error.message);
      } else {
        this.append(a, 'failed', { requested: a.requested }, error.message);
      }
      throw error;
    }
    const earlier = a.idempotencyKey === null ? null : this.store.appliedWithKey(a.idempotencyKey, a.target);
    const retry = earlier === null ? null : `a retry of entry ${earlier.seq} (same idempotency key): the platform answered as before and applied nothing again`;
    this.append(a, 'applied', value, retry);
    return value;
  }
}
