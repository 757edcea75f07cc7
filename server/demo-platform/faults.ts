// Test hook: make one region's endpoint misbehave the way real platforms do — payloads that break the
// contract, answers cut off mid-body, slow answers, server errors. In-process only, never reachable over HTTP.
import type { DemoRegion } from '../../shared/topology.js';

export type FaultEndpoint =
  | 'health'
  | 'sli'
  | 'kpis'
  | 'canaries'
  | 'controls'
  | 'canary-action'
  | 'flag'
  | 'degradation'
  | 'traffic'
  | 'traffic-write';

/** Where a fault applies: a region's endpoint, or 'global' for the traffic manager. */
export type FaultTarget = DemoRegion | 'global';

export type Fault =
  /** 200 with valid JSON that fails the contract's schema (a number turned into a string). */
  | { kind: 'malformed' }
  /** 200 with the real body cut in half: not JSON at all. */
  | { kind: 'truncated' }
  /** The real answer, after delayMs. */
  | { kind: 'slow'; delayMs: number }
  /** An error status (default 500) with a PlatformError body; a write is not applied. */
  | { kind: 'error'; status?: number };

export interface ActiveFault {
  target: FaultTarget;
  endpoint: FaultEndpoint;
  fault: Fault;
  /** Requests left before the fault clears itself; null = until cleared. */
  remaining: number | null;
}

export interface DemoFaults {
  /** Replaces any fault on the same target and endpoint. `times` limits it to the next N requests. */
  set(target: FaultTarget, endpoint: FaultEndpoint, fault: Fault, options?: { times?: number }): void;
  /** Clears faults: all of them, all of one target, or one endpoint of one target. */
  clear(target?: FaultTarget, endpoint?: FaultEndpoint): void;
  list(): ActiveFault[];
}

export class FaultRegistry implements DemoFaults {
  private readonly faults = new Map<string, ActiveFault>();

  set(target: FaultTarget, endpoint: FaultEndpoint, fault: Fault, options: { times?: number } = {}): void {
    this.faults.set(`${target} ${endpoint}`, { target, endpoint, fault, remaining: options.times ?? null });
  }

  clear(target?: FaultTarget, endpoint?: FaultEndpoint): void {
    for (const [key, f] of this.faults) {
      if ((target === undefined || f.target === target) && (endpoint === undefined || f.endpoint === endpoint)) this.faults.delete(key);
    }
  }

  list(): ActiveFault[] {
    return [...this.faults.values()].map((f) => ({ ...f }));
  }

  /** The fault for this request, if any, counting it against `times`. */
  take(target: string, endpoint: FaultEndpoint): Fault | null {
    const key = `${target} ${endpoint}`;
    const f = this.faults.get(key);
    if (!f) return null;
    if (f.remaining !== null) {
      f.remaining -= 1;
      if (f.remaining <= 0) this.faults.delete(key);
    }
    return f.fault;
  }
}

/** A copy of the payload with its first number turned into a string: still JSON, no longer the contract. */
export function breakContract(body: unknown): unknown {
  let broken = false;
  const walk = (v: unknown): unknown => {
    if (broken) return v;
    if (typeof v === 'number') {
      broken = true;
      return 'NaN';
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out = walk(body);
  // No number anywhere: an array where an object belongs breaks every schema just as well.
  return broken ? out : [out];
}

export function truncateJson(body: unknown): string {
  const text = JSON.stringify(body);
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}
