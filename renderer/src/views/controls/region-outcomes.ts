// An everywhere-change answers per region: applied, or why not. A partial result must not look like success.
import type { Feedback } from '../../writes/writes-store.js';

export interface OutcomeLike {
  region: string;
  ok: boolean;
  error: string | null;
}

/** null when every region applied the change; otherwise which did and which did not, and what to do. */
export function partialOutcomeFeedback(outcomes: readonly OutcomeLike[], what: string): Feedback | null {
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length === 0) return null;
  const applied = outcomes.filter((o) => o.ok).map((o) => o.region);
  const head = applied.length > 0 ? `${what} applied in ${applied.join(', ')}, not in ${failed.map((f) => f.region).join(', ')}` : `${what} was not applied in any region`;
  return {
    kind: 'partial',
    message: `${head}. Review the current state of ${failed.length > 1 ? 'those regions' : 'that region'} and change it there on its own.`,
    failures: failed.map((f) => ({ region: f.region, error: f.error ?? 'not applied (no reason given)' })),
  };
}
