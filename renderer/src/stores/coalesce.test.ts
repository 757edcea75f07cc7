import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('coalesce', () => {
  it('runs once more after calls made while a run is in flight, not once per call', async () => {
    const gates = [deferred(), deferred()];
    let runs = 0;
    const load = coalesce(async () => {
      const gate = gates[runs];
      runs += 1;
      await gate?.promise;
    });
    const first = load();
    load();
    load();
    expect(runs).toBe(1);
    gates[0]?.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(runs).toBe(2);
    gates[1]?.resolve();
    await first;
    expect(runs).toBe(2);
    await load();
    expect(runs).toBe(3);
  });

  it('recovers after a failing run', async () => {
    let runs = 0;
    const load = coalesce(async () => {
      runs += 1;
      if (runs === 1) throw new Error('boom');
    });
    await expect(load()).rejects.toThrow('boom');
    await load();
    expect(runs).toBe(2);
  });
});
