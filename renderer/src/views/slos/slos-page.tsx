import '../../styles/slos.css';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { SloEvaluation } from '../../../../shared/slo-api.js';
import { ErrorNote } from '../../components/error-note.js';
import { Section } from '../../components/section.js';
import { EnableNotifications } from '../../notifications/enable-notifications.js';
import { sloName } from '../../notifications/page-alert-text.js';
import { useOverview } from '../../stores/overview-store.js';
import { useSloAlerts } from '../../stores/slo-alerts-store.js';
import { loadSlos, useSlos } from '../../stores/slo-store.js';
import { formatClock } from '../../time/format-clock.js';
import { ExportDefinitions } from './export-definitions.js';
import { detailHref, parseSloFilters } from './slo-filters.js';
import { formatBurn } from './slo-format.js';
import { SloFilterBar, SloLegend, SloTable } from './slo-list.js';
import { sloFacets, sloRows } from './slo-rows.js';
import { useHash } from './use-hash.js';

// The detail and the import panel are separate chunks: the list is what an on-call engineer opens first.
const SloDetailView = lazy(() => import('./slo-detail.js').then((m) => ({ default: m.SloDetailView })));
const SloImportPanel = lazy(() => import('./slo-import-panel.js').then((m) => ({ default: m.SloImportPanel })));

function PagingNow({ evaluations }: { evaluations: SloEvaluation[] | null }) {
  const episodes = useSloAlerts((s) => s.episodes);
  const name = (sloId: string) => {
    const d = evaluations?.find((e) => e.id === sloId)?.definition;
    return sloName(sloId, d ? { service: d.service, sli: d.sli, region: d.region } : null);
  };
  const open = (episodes ?? []).filter((e) => e.severity === 'page' && e.endedAt === null);
  if (open.length === 0) return null;
  return (
    <p className="slo-paging" role="status" data-testid="slo-paging-now">
      <strong>Paging now:</strong>{' '}
      {open.map((e, i) => (
        <span key={e.id}>
          {i > 0 && ', '}
          <a href={detailHref(e.sloId)}>{name(e.sloId)}</a> since {formatClock(e.startedAt, undefined, false)} (peak {formatBurn(e.peakBurnRate)})
        </span>
      ))}
    </p>
  );
}

function SloList() {
  const { evaluations, receivedAt, error } = useSlos();
  const filters = parseSloFilters(useHash());
  const [importing, setImporting] = useState(false);
  const regionOrder = useOverview((s) => s.overview?.regions.map((r) => r.region).join('|') ?? '');
  const facets = evaluations ? sloFacets(evaluations, regionOrder.split('|')) : { services: [], regions: [] };
  const rows = evaluations ? sloRows(evaluations, filters) : [];
  const regions = filters.region ? facets.regions.filter((r) => r === filters.region) : facets.regions;

  return (
    <div className="page slos">
      <header className="page-header">
        <h1>SLOs</h1>
        <div className="page-actions">
          <EnableNotifications />
          <button type="button" aria-expanded={importing} onClick={() => setImporting((v) => !v)} data-testid="slo-import-open">
            Import SLOs
          </button>
          <ExportDefinitions />
        </div>
      </header>
      <p className="page-intro">
        Error budget left per objective and region, least first. Colour and word give the burn state of the SRE workbook's multiwindow
        rules; open a cell for its charts, alerts and a what-if objective.
      </p>
      <PagingNow evaluations={evaluations} />
      {importing && (
        <Suspense fallback={<p className="loading">Loading import…</p>}>
          <SloImportPanel regions={facets.regions} onClose={() => setImporting(false)} />
        </Suspense>
      )}
      <ErrorNote error={error} onRetry={() => void loadSlos()} />
      {!evaluations && !error && <p className="loading">Loading SLOs…</p>}
      {evaluations && (
        <Section title="Objectives" at={receivedAt} actions={<SloFilterBar filters={filters} facets={facets} />}>
          <SloLegend />
          <SloTable rows={rows} regions={regions} filters={filters} />
          {rows.length === 0 && (
            <p className="muted" data-testid="slo-empty">
              {evaluations.length === 0 ? 'No SLOs are defined yet: import some, or check the platform sources.' : 'No SLO matches these filters.'}
            </p>
          )}
        </Section>
      )}
    </div>
  );
}

export function SlosPage({ selected }: { selected: string | null }) {
  useEffect(() => {
    // The list names the SLOs in the detail and in page toasts, so it is loaded for both.
    void loadSlos();
  }, []);
  if (selected === null) return <SloList />;
  return (
    <Suspense fallback={<p className="loading">Loading SLO…</p>}>
      {/* Keyed by SLO: a what-if typed for one SLO does not carry over to the next. */}
      <SloDetailView key={selected} id={selected} />
    </Suspense>
  );
}
