// A conflict answer carries the platform's current resource as `unknown`. These guards check the fields the
// UI reads before the value replaces what is on screen; zod is deliberately not loaded in the renderer.
import type { Canary, Degradation, FeatureFlag, TrafficSplit } from '../../../shared/platform-api/index.js';

export interface Stamp {
  version: number;
  updatedAt: number;
  updatedBy: string;
  reason: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function isStamp(v: unknown): v is Stamp {
  return (
    isRecord(v) &&
    typeof v.version === 'number' &&
    typeof v.updatedAt === 'number' &&
    typeof v.updatedBy === 'string' &&
    typeof v.reason === 'string'
  );
}

function isWeights(v: unknown): v is Record<string, number> {
  return isRecord(v) && Object.values(v).every((w) => typeof w === 'number');
}

function isMetrics(v: unknown): boolean {
  return (
    isRecord(v) &&
    typeof v.requestsPerSecond === 'number' &&
    typeof v.errorRatio === 'number' &&
    typeof v.latencyP99Ms === 'number'
  );
}

export function isFeatureFlag(v: unknown): v is FeatureFlag {
  return (
    isStamp(v) &&
    isRecord(v) &&
    typeof v.key === 'string' &&
    typeof v.enabled === 'boolean' &&
    typeof v.kind === 'string' &&
    typeof v.description === 'string' &&
    typeof v.owner === 'string'
  );
}

export function isDegradation(v: unknown): v is Degradation {
  return isStamp(v) && isRecord(v) && (v.mode === 'normal' || v.mode === 'degraded' || v.mode === 'essential');
}

export function isTrafficSplit(v: unknown): v is TrafficSplit {
  return (
    isStamp(v) &&
    isRecord(v) &&
    isWeights(v.weights) &&
    (v.expiresAt === null || typeof v.expiresAt === 'number') &&
    (v.revertTo === null || isWeights(v.revertTo))
  );
}

export function isCanary(v: unknown): v is Canary {
  return (
    isStamp(v) &&
    isRecord(v) &&
    typeof v.id === 'string' &&
    typeof v.service === 'string' &&
    typeof v.weight === 'number' &&
    typeof v.state === 'string' &&
    Array.isArray(v.steps) &&
    isMetrics(v.canary) &&
    isMetrics(v.baseline)
  );
}

/**
 * Versions only grow, so the higher one is the truth. This keeps a refetch of the backend's cache (which may
 * lag one poll behind a write) from flipping a just-confirmed change back on screen.
 */
export function newerOf<T extends { version: number }>(current: T | null, incoming: T | null): T | null {
  if (current === null) return incoming;
  if (incoming === null) return current;
  return incoming.version >= current.version ? incoming : current;
}
