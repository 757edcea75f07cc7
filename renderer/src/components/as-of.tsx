import { formatAgeAt } from '../time/format-age.js';
import { formatClock } from '../time/format-clock.js';
import { useNow } from '../time/clock.js';

/** "as of 17:04:05, 8 s ago" — every block of data says how old it is. */
export function AsOf({ at, testId }: { at: number | null; testId?: string }) {
  const now = useNow();
  if (at === null) {
    return (
      <span className="as-of" data-testid={testId}>
        no data yet
      </span>
    );
  }
  return (
    <span className="as-of" data-testid={testId} title={new Date(at).toISOString()}>
      as of <time dateTime={new Date(at).toISOString()}>{formatClock(at)}</time>, {formatAgeAt(at, now)}
    </span>
  );
}
