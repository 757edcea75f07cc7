import { useEffect } from 'react';
import { ErrorNote } from '../../components/error-note.js';
import { Section } from '../../components/section.js';
import { hrefFor } from '../../routing/routes.js';
import { chooseMetric, loadKpis, useKpis } from '../../stores/kpi-store.js';
import { useSources } from '../../stores/sources-store.js';
import { KpiChart } from './kpi-chart.js';
import { isKpiMetric, SERIES_METRICS, type KpiMetric } from './kpi-metrics.js';
import { KpiTable } from './kpi-table.js';

const DEFAULT_METRIC: KpiMetric = 'orders';

export function KpisPage({ metric: fromRoute }: { metric: string | null }) {
  const { summary, error } = useKpis();
  const metric = isKpiMetric(fromRoute) ? fromRoute : DEFAULT_METRIC;
  // The KPIs are as old as the oldest region's KPI feed.
  const kpiAt = useSources((s) => {
    const times = (s.sources ?? []).filter((x) => x.feed === 'kpi').map((x) => x.lastSuccessAt);
    return times.length === 0 || times.includes(null) ? null : Math.min(...times.filter((t) => t !== null));
  });
  useEffect(() => {
    void loadKpis();
  }, []);
  useEffect(() => {
    chooseMetric(metric);
  }, [metric]);
  return (
    <div className="page kpis">
      <h1>KPIs</h1>
      <p className="page-intro">Last 24 hours per region against the same 24 hours one week earlier.</p>
      <ErrorNote error={error} onRetry={() => void loadKpis()} />
      {!summary && !error && <p className="loading">Loading KPIs…</p>}
      {summary && (
        <Section title="This week vs last week" at={kpiAt}>
          <KpiTable comparisons={summary} />
        </Section>
      )}
      <Section
        title={SERIES_METRICS[metric].label}
        actions={
          <label className="inline-field">
            <span>Metric</span>
            <select
              data-testid="kpi-metric-select"
              value={metric}
              onChange={(e) => {
                window.location.hash = hrefFor('kpis', e.target.value);
              }}
            >
              {Object.entries(SERIES_METRICS).map(([key, m]) => (
                <option key={key} value={key}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
        }
      >
        <KpiChart metric={metric} />
      </Section>
    </div>
  );
}
