import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import type { Role } from '../../shared/console-api.js';
import { mayPerform, type ControlAction } from '../../shared/domain/permissions.js';
import { trafficWeightProblems } from '../../shared/domain/traffic-weights.js';
import { Canary, Degradation, FeatureFlag, TrafficSplit } from '../../shared/platform-api/index.js';
import { PlatformRefusal, requestPlatform } from '../feeds/platform-client.js';
import { withRetry } from '../feeds/retry.js';
import { SourceError, isRetryable } from '../feeds/source-error.js';

export interface Operator {
  name: string;
  role: Role;
}

export interface ControlsTarget {
  regionUrls: ReadonlyMap<string, string>;
  trafficManagerUrl: string;
  token?: string | undefined;
  timeoutMs: number;
  /** Re-reads a source right after a write, so the cache and every open console see the new state at once. */
  refresh: (sourceId: string) => Promise<void>;
}

interface Write {
  reason: string;
  expectedVersion: number;
  idempotencyKey: string;
}

/** Forwards operator changes to the platform's control APIs: role-checked, versioned, idempotent. */
export class ControlsService {
  constructor(private readonly target: ControlsTarget) {}

  private authorize(operator: Operator, action: ControlAction): void {
    if (!mayPerform(operator.role, action)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `the ${operator.role} role cannot change ${action} settings; ask an on-call engineer` });
    }
  }

  private regionUrl(region: string): string {
    const url = this.target.regionUrls.get(region);
    if (!url) throw new TRPCError({ code: 'BAD_REQUEST', message: `unknown region "${region}" (known: ${[...this.target.regionUrls.keys()].join(', ')})` });
    return url;
  }

  private async send<S extends z.ZodType>(url: string, method: 'PUT' | 'POST', schema: S, body: object, write: Write, operator: Operator, refreshId: string) {
    try {
      // Retrying is safe: the idempotency key makes the platform apply the change at most once.
      const { value } = await withRetry(
        () =>
          requestPlatform(url, schema, {
            method,
            timeoutMs: this.target.timeoutMs,
            token: this.target.token,
            idempotencyKey: write.idempotencyKey,
            body: { ...body, expectedVersion: write.expectedVersion, actor: operator.name, reason: write.reason },
          }),
        { attempts: 3, baseDelayMs: 150, isRetryable },
      );
      await this.target.refresh(refreshId).catch(() => undefined);
      return value as z.infer<S>;
    } catch (error) {
      throw toTrpcError(error);
    }
  }

  setFlag(operator: Operator, input: Write & { region: string; key: string; enabled: boolean }) {
    this.authorize(operator, 'flag');
    const url = `${this.regionUrl(input.region)}/v1/flags/${encodeURIComponent(input.key)}`;
    return this.send(url, 'PUT', FeatureFlag, { enabled: input.enabled }, input, operator, `${input.region}/controls`);
  }

  setDegradation(operator: Operator, input: Write & { region: string; mode: Degradation['mode'] }) {
    this.authorize(operator, 'degradation');
    const url = `${this.regionUrl(input.region)}/v1/degradation`;
    return this.send(url, 'PUT', Degradation, { mode: input.mode }, input, operator, `${input.region}/controls`);
  }

  setTraffic(operator: Operator, input: Write & { weights: Record<string, number> }) {
    this.authorize(operator, 'traffic');
    const problems = trafficWeightProblems(input.weights, [...this.target.regionUrls.keys()]);
    if (problems.length > 0) throw new TRPCError({ code: 'BAD_REQUEST', message: problems.join('; ') });
    const url = `${this.target.trafficManagerUrl}/v1/traffic`;
    return this.send(url, 'PUT', TrafficSplit, { weights: input.weights }, input, operator, 'global/traffic');
  }

  actOnCanary(operator: Operator, input: Write & { region: string; canaryId: string; action: string }) {
    this.authorize(operator, 'canary');
    const url = `${this.regionUrl(input.region)}/v1/canaries/${encodeURIComponent(input.canaryId)}/actions`;
    return this.send(url, 'POST', Canary, { action: input.action }, input, operator, `${input.region}/canary`);
  }
}

/** Platform answers become typed errors the UI can place next to the control that caused them. */
export function toTrpcError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (error instanceof PlatformRefusal) {
    const message = error.body?.message ?? error.message;
    if (error.status === 409) return new TRPCError({ code: 'CONFLICT', message, cause: new ConflictCause(error.body?.current) });
    if (error.status === 400) return new TRPCError({ code: 'BAD_REQUEST', message });
    if (error.status === 404) return new TRPCError({ code: 'NOT_FOUND', message });
    if (error.status === 401 || error.status === 403) return new TRPCError({ code: 'BAD_GATEWAY', message: `the platform refused Meridian's credentials: ${message}` });
    return new TRPCError({ code: 'BAD_GATEWAY', message: `the platform failed (${error.status}): ${message}. Nothing was changed; try again.` });
  }
  if (error instanceof SourceError) {
    return new TRPCError({ code: 'BAD_GATEWAY', message: `${error.message}. The change may not have been applied: check the current state before retrying.` });
  }
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: error instanceof Error ? error.message : String(error) });
}

/** Carries the platform's current resource on a version conflict, for the error formatter. */
export class ConflictCause extends Error {
  constructor(readonly current: unknown) {
    super('version_conflict');
  }
}
