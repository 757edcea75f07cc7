import type { HealthStatus } from '../../../shared/platform-api/index.js';

const LABEL: Record<HealthStatus, string> = { pass: 'pass', warn: 'warn', fail: 'fail' };

/** Colour plus a word, never colour alone. */
export function StatusBadge({ status }: { status: HealthStatus | null }) {
  return <span className={`badge status-${status ?? 'unknown'}`}>{status ? LABEL[status] : 'no data'}</span>;
}
