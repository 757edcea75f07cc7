import type { RegionOverview, SourceStatus } from '../../../../shared/console-api.js';
import type { ServiceHealth } from '../../../../shared/platform-api/index.js';
import { useSources } from '../../stores/sources-store.js';
import { formatAgeAt } from '../../time/format-age.js';
import { formatClock } from '../../time/format-clock.js';
import { useNow } from '../../time/clock.js';
import { formatErrorRatio, formatMs, formatRps } from '../format-metrics.js';

/** Services in the order the first region reports them, then any only other regions have. */
function serviceOrder(regions: RegionOverview[]): string[] {
  const seen = new Set<string>();
  for (const r of regions) for (const s of r.health?.value ?? []) seen.add(s.service);
  return [...seen];
}

function Cell({
  region,
  service,
  health,
  observedAt,
  sourceState,
  now,
}: {
  region: string;
  service: string;
  health: ServiceHealth | undefined;
  observedAt: number | null;
  sourceState: SourceStatus['state'] | undefined;
  now: number;
}) {
  const status = health?.status ?? 'unknown';
  const aged = sourceState === 'stale' || sourceState === 'offline';
  const age = observedAt === null ? 'no data yet' : `observed ${formatClock(observedAt)} (${formatAgeAt(observedAt, now)})`;
  const openBreakers = health?.breakers.filter((b) => b.state !== 'closed') ?? [];
  return (
    <td
      className={`health-cell status-${status}${aged ? ' is-aged' : ''}`}
      data-testid={`health-cell-${region}-${service}`}
      data-status={status}
      title={`${region} ${service}: ${status} — ${age}${aged ? ` — source ${sourceState}` : ''}`}
    >
      {health ? (
        <>
          <span className="cell-status">{health.status}</span>
          <span className="cell-metrics">
            <span>{formatRps(health.requestsPerSecond)}</span>
            <span className={health.errorRatio >= 0.01 ? 'is-bad' : undefined}>{formatErrorRatio(health.errorRatio)} err</span>
            <span>p99 {formatMs(health.latencyMs.p99)}</span>
          </span>
          {openBreakers.length > 0 && (
            <span className="cell-breakers">
              breaker {openBreakers.map((b) => `${b.state} → ${b.dependency}`).join(', ')}
            </span>
          )}
        </>
      ) : (
        <span className="cell-status">no data</span>
      )}
    </td>
  );
}

export function HealthMatrix({ regions }: { regions: RegionOverview[] }) {
  const now = useNow();
  const sources = useSources((s) => s.sources);
  const stateOf = (id: string | undefined) => (id ? sources?.find((s) => s.id === id)?.state : undefined);
  const services = serviceOrder(regions);
  if (services.length === 0) return <p className="muted">No health data cached yet for any region.</p>;
  return (
    <div className="table-scroll">
      <table className="health-matrix">
        <caption className="visually-hidden">Service health per region</caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            {regions.map((r) => (
              <th scope="col" key={r.region}>
                {r.region}
                <span className="th-sub">{r.health ? formatAgeAt(r.health.observedAt, now) : 'no data'}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {services.map((service) => (
            <tr key={service}>
              <th scope="row">{service}</th>
              {regions.map((r) => (
                <Cell
                  key={r.region}
                  region={r.region}
                  service={service}
                  health={r.health?.value.find((s) => s.service === service)}
                  observedAt={r.health?.observedAt ?? null}
                  sourceState={stateOf(r.health?.sourceId)}
                  now={now}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
