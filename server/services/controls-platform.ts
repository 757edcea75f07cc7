import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import { requestPlatform } from '../feeds/platform-client.js';
import { withRetry } from '../feeds/retry.js';
import { isRetryable } from '../feeds/source-error.js';
import { toTrpcError } from './controls-errors.js';

export interface ControlsTarget {
  regionUrls: ReadonlyMap<string, string>;
  trafficManagerUrl: string;
  token?: string | undefined;
  timeoutMs: number;
  /** Re-reads a source right after a write, so the cache and every open console see the new state at once. */
  refresh: (sourceId: string) => Promise<void>;
}

export interface PlatformWrite {
  reason: string;
  expectedVersion: number;
  idempotencyKey: string;
  actor: string;
}

/** The platform's control APIs: versioned, idempotent writes, each followed by a re-read of what it changed. */
export class ControlsPlatform {
  constructor(private readonly target: ControlsTarget) {}

  get regions(): string[] {
    return [...this.target.regionUrls.keys()];
  }

  regionUrl(region: string): string {
    const url = this.target.regionUrls.get(region);
    if (!url) throw new TRPCError({ code: 'BAD_REQUEST', message: `unknown region "${region}" (known: ${this.regions.join(', ')})` });
    return url;
  }

  get trafficUrl(): string {
    return `${this.target.trafficManagerUrl}/v1/traffic`;
  }

  refresh(sourceId: string): Promise<void> {
    return this.target.refresh(sourceId).catch(() => undefined);
  }

  async send<S extends z.ZodType>(url: string, method: 'PUT' | 'POST', schema: S, body: object, write: PlatformWrite, refreshId: string): Promise<z.infer<S>> {
    try {
      // Retrying is safe: the idempotency key makes the platform apply the change at most once.
      const { value } = await withRetry(
        () =>
          requestPlatform(url, schema, {
            method,
            timeoutMs: this.target.timeoutMs,
            token: this.target.token,
            idempotencyKey: write.idempotencyKey,
            body: { ...body, expectedVersion: write.expectedVersion, actor: write.actor, reason: write.reason },
          }),
        { attempts: 3, baseDelayMs: 150, isRetryable },
      );
      await this.refresh(refreshId);
      return value as z.infer<S>;
    } catch (error) {
      throw toTrpcError(error);
    }
  }
}
