import type { Canary } from '../../../../shared/platform-api/index.js';
import { formatErrorRatio, formatMs, formatRps } from '../format-metrics.js';

// Worse-than-baseline is flagged past these margins: small differences are noise at canary traffic levels.
const ERROR_MARGIN = 0.002;
const P99_MARGIN = 1.1;

/** Canary next to baseline, so "why did this step fail?" is answered on the same line. */
export function CanaryComparison({ canary }: { canary: Canary }) {
  const c = canary.canary;
  const b = canary.baseline;
  const errorsWorse = c.errorRatio > b.errorRatio + ERROR_MARGIN;
  const p99Worse = c.latencyP99Ms > b.latencyP99Ms * P99_MARGIN;
  return (
    <dl className="canary-comparison">
      <div>
        <dt>errors</dt>
        <dd className={errorsWorse ? 'is-bad' : undefined} data-worse={errorsWorse}>
          {formatErrorRatio(c.errorRatio)} <span className="muted">vs {formatErrorRatio(b.errorRatio)}</span>
        </dd>
      </div>
      <div>
        <dt>p99</dt>
        <dd className={p99Worse ? 'is-bad' : undefined} data-worse={p99Worse}>
          {formatMs(c.latencyP99Ms)} <span className="muted">vs {formatMs(b.latencyP99Ms)}</span>
        </dd>
      </div>
      <div>
        <dt>traffic</dt>
        <dd>
          {formatRps(c.requestsPerSecond)} <span className="muted">vs {formatRps(b.requestsPerSecond)}</span>
        </dd>
      </div>
    </dl>
  );
}
