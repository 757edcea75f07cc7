import { memo, useEffect, useId, useMemo, useState } from 'react';
import type { AlertEpisode, SloDetail } from '../../../../shared/slo-api.js';
import { pointsForWidth } from '../../charts/chart-points.js';
import { AsOf } from '../../components/as-of.js';
import { ErrorNote } from '../../components/error-note.js';
import { Section } from '../../components/section.js';
import { EnableNotifications } from '../../notifications/enable-notifications.js';
import { closeSloDetail, loadSloDetail, showSloDetail, useSloDetail } from '../../stores/slo-detail-store.js';
import { formatDateTime } from '../../time/format-clock.js';
import { useNow } from '../../time/clock.js';
import { formatPercent } from '../format-metrics.js';
import { burnWindowRows, formatFactor } from './burn-thresholds.js';
import { chartAnnotations } from './slo-annotations.js';
import { BudgetChart, BurnChart, SliChart } from './slo-detail-charts.js';
import { DETAIL_RANGES, RANGE_MS, detailHref, parseDetailRange, slosHref, type DetailRange } from './slo-filters.js';
import { formatBurn, formatDuration, formatExhaustion } from './slo-format.js';
import { budgetClass } from './slo-list.js';
import { STATE_LABEL, STATE_MEANING } from './slo-states.js';
import { useElementWidth } from './use-element-width.js';
import { useHash } from './use-hash.js';
import { objectiveText, parseWhatIf } from './what-if.js';

const WHAT_IF_DEBOUNCE_MS = 300;
// Section padding, the y axis and the chart margins: what is left of the page width for the plot itself.
const CHART_CHROME_PX = 140;
const OPERATOR_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

function RangePicker({ id, range }: { id: string; range: DetailRange }) {
  return (
    <nav className="range-picker" aria-label="Time range">
      {DETAIL_RANGES.map((r) => (
        <a key={r} href={detailHref(id, r)} aria-current={r === range ? 'true' : undefined} data-testid={`slo-range-${r}`}>
          {r}
        </a>
      ))}
    </nav>
  );
}

function Facts({ detail }: { detail: SloDetail }) {
  const e = detail.evaluation;
  const d = e.definition;
  return (
    <dl className="facts slo-facts">
      <dt>State</dt>
      <dd>
        <span className={`badge slo-${e.state}`} data-testid="slo-state" data-state={e.state}>
          {STATE_LABEL[e.state]}
        </span>{' '}
        <span className="muted">{STATE_MEANING[e.state]}</span>
      </dd>
      <dt>Budget left, rolling {d.windowDays} d</dt>
      <dd>
        <strong className={`slo-figure${budgetClass(e.budgetRemaining)}`} data-testid="slo-budget-remaining" data-value={e.budgetRemaining ?? ''}>
          {formatPercent(e.budgetRemaining)}
        </strong>
      </dd>
      <dt>Budget left, this calendar month</dt>
      <dd>
        <strong className={`slo-figure${budgetClass(e.budgetRemainingCalendar)}`} data-testid="slo-budget-calendar" data-value={e.budgetRemainingCalendar ?? ''}>
          {formatPercent(e.budgetRemainingCalendar)}
        </strong>
      </dd>
      <dt>SLI over the window</dt>
      <dd>
        {formatPercent(e.attainment, 3)} <span className="muted">objective {objectiveText(d.objective)}%</span>
      </dd>
      <dt>Burn rate 1 h / 6 h</dt>
      <dd>
        {formatBurn(e.burnRates['1h'])} / {formatBurn(e.burnRates['6h'])}
      </dd>
      <dt>Budget gone in</dt>
      <dd data-testid="slo-exhaustion" data-hours={e.hoursToExhaustion ?? ''}>
        {formatExhaustion(e.hoursToExhaustion)}
        {e.hoursToExhaustion !== null && <span className="muted"> at the 1 h burn rate</span>}
      </dd>
      <dt>Definition</dt>
      <dd>
        {d.timeWindow === 'calendar' ? 'calendar month' : `rolling ${d.windowDays} days`} · {d.origin} · version {d.version}
        {d.queries && (
          <span className="row-sub">
            {d.queries.good ? <>good <code>{d.queries.good}</code> · </> : null}
            {d.queries.bad ? <>bad <code>{d.queries.bad}</code> · </> : null}
            total <code>{d.queries.total}</code>
          </span>
        )}
      </dd>
    </dl>
  );
}

/**
 * Owns the typed text so a keystroke re-renders this block only, not the charts; the parent hears about a
 * valid objective once typing pauses. While the text is invalid the last good objective stays requested, so
 * a half-typed value never reaches the backend.
 */
function WhatIf({ detail, onObjective, answeredWhatIf, error }: {
  detail: SloDetail | null;
  onObjective: (objective: number | null) => void;
  answeredWhatIf: number | null;
  error: string | null;
}) {
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const parsed = parseWhatIf(text);
  const target = parsed.kind === 'ok' ? parsed.objective : parsed.kind === 'empty' ? null : undefined;
  useEffect(() => {
    if (target === undefined) return;
    const t = setTimeout(() => onObjective(target), WHAT_IF_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [target, onObjective]);
  const current = parsed.kind === 'ok' && answeredWhatIf === parsed.objective && detail?.whatIf ? detail.whatIf : null;
  const message = parsed.kind === 'error' ? parsed.message : error;
  return (
    <div className="slo-whatif">
      <label htmlFor={inputId}>What if the objective were</label>{' '}
      <span className="inline-field">
        <input
          id={inputId}
          className="slo-whatif-input"
          inputMode="decimal"
          placeholder={detail ? objectiveText(detail.evaluation.definition.objective) : '99.5'}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={message !== null}
          aria-describedby={hintId}
          data-testid="slo-whatif-input"
        />
        %
      </span>
      <p id={hintId} className={message ? 'field-error' : 'field-hint'} data-testid={message ? 'slo-whatif-error' : undefined} role={message ? 'alert' : undefined}>
        {message ?? 'Type an objective such as 99.5 to see the budget it would leave over the same data.'}
      </p>
      {parsed.kind === 'ok' && (
        <p className="slo-whatif-result" data-testid="slo-whatif-budget" data-state={current ? 'ready' : 'pending'} data-value={current?.budgetRemaining ?? ''} aria-live="polite">
          {current ? (
            <>
              At {objectiveText(current.objective)}%:{' '}
              <strong className={budgetClass(current.budgetRemaining)}>{formatPercent(current.budgetRemaining)}</strong> of the budget left over
              the rolling window, <strong className={budgetClass(current.budgetRemainingCalendar)}>{formatPercent(current.budgetRemainingCalendar)}</strong>{' '}
              this calendar month
            </>
          ) : (
            <span className="muted">Recomputing the budget at {objectiveText(parsed.objective)}%…</span>
          )}
        </p>
      )}
    </div>
  );
}

function BurnWindows({ detail }: { detail: SloDetail }) {
  const rows = burnWindowRows(detail.evaluation);
  return (
    <div className="table-scroll">
      <table className="data-table slo-burn-windows" data-testid="slo-burn-windows">
        <thead>
          <tr>
            <th scope="col">Window</th>
            {rows.map((r) => (
              <th scope="col" key={r.window}>
                {r.window}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Burn rate</th>
            {rows.map((r) => (
              <td key={r.window} className="num" data-testid={`slo-burn-${r.window}`}>
                {formatBurn(r.burnRate)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">
              Budget spent <span className="th-sub">at that rate, of the whole window's</span>
            </th>
            {rows.map((r) => (
              <td key={r.window} className="num">
                {formatPercent(r.budgetSpent, 2)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Read by</th>
            {rows.map((r) => (
              <td key={r.window} className="burn-read-by">
                {r.usedBy.join(', ') || '—'}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function Rules({ detail }: { detail: SloDetail }) {
  const rules = detail.evaluation.rules;
  if (rules.length === 0) return <p className="muted">No alert rules evaluated.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="slo-rules">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Severity</th>
            <th scope="col">Threshold</th>
            <th scope="col">Long window</th>
            <th scope="col">Short window</th>
            <th scope="col">Firing</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.name} className={r.firing ? 'is-firing' : undefined} data-firing={r.firing}>
              <th scope="row">{r.name}</th>
              <td>
                <span className={`badge severity-${r.severity}`}>{r.severity}</span>
              </td>
              <td className="num">{formatFactor(r.factor)}</td>
              <td className="num">
                {r.longWindow}: {formatBurn(r.longBurn)}
              </td>
              <td className="num">
                {r.shortWindow}: {formatBurn(r.shortBurn)}
              </td>
              <td>{r.firing ? <strong className="is-bad">firing</strong> : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AlertHistory({ alerts }: { alerts: AlertEpisode[] }) {
  const now = useNow();
  if (alerts.length === 0) return <p className="muted">No alert episodes for this SLO.</p>;
  const sorted = [...alerts].sort((a, b) => b.startedAt - a.startedAt);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="slo-alerts">
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Started</th>
            <th scope="col">Ended</th>
            <th scope="col">Duration</th>
            <th scope="col">Peak burn</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((a) => (
            <tr key={a.id} data-testid={`slo-alert-row-${a.id}`} data-severity={a.severity} data-ongoing={a.endedAt === null}>
              <td>
                <span className={`badge severity-${a.severity}`}>{a.severity}</span>
              </td>
              <td>
                <time dateTime={new Date(a.startedAt).toISOString()}>{formatDateTime(a.startedAt)}</time>
              </td>
              <td>
                {a.endedAt === null ? (
                  <strong className="is-bad">ongoing</strong>
                ) : (
                  <time dateTime={new Date(a.endedAt).toISOString()}>{formatDateTime(a.endedAt)}</time>
                )}
              </td>
              <td className="num">{formatDuration((a.endedAt ?? now) - a.startedAt)}</td>
              <td className="num">{formatBurn(a.peakBurnRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Annotations({ detail, from, to }: { detail: SloDetail; from: number; to: number }) {
  const list = detail.annotations.filter((a) => a.at >= from && a.at <= to).sort((a, b) => a.at - b.at);
  if (list.length === 0) return <p className="muted">No operator actions or canary steps in this range.</p>;
  return (
    <ul className="slo-annotations" data-testid="slo-annotations">
      {list.map((a, i) => (
        <li key={`${a.at}:${i}`} className={`annotation-${a.kind}`}>
          <time dateTime={new Date(a.at).toISOString()}>{formatDateTime(a.at)}</time> <span className="badge">{a.kind}</span> {a.text}
        </li>
      ))}
    </ul>
  );
}

// The charts re-render only when their data or marks change, not with the what-if text or the clock.
const SliChartMemo = memo(SliChart);
const BudgetChartMemo = memo(BudgetChart);
const BurnChartMemo = memo(BurnChart);

/** One SLO in one region: why it is in its state, what it has cost, and what a different objective would leave. */
export function SloDetailView({ id }: { id: string }) {
  const range = parseDetailRange(useHash());
  const [measure, width] = useElementWidth<HTMLDivElement>();
  const maxPoints = pointsForWidth(width === null ? null : width - CHART_CHROME_PX);
  const [whatIf, setWhatIf] = useState<number | null>(null);

  const measured = width !== null;
  useEffect(() => {
    if (!measured) return;
    showSloDetail({ id, rangeMs: RANGE_MS[range], maxPoints, whatIf });
  }, [id, range, maxPoints, whatIf, measured]);
  useEffect(() => () => closeSloDetail(), []);

  const { detail, answered, receivedAt, error, errorWithWhatIf } = useSloDetail();
  const shown = detail && detail.evaluation.id === id ? detail : null;
  const d = shown?.evaluation.definition;
  const from = shown?.sli.from ?? 0;
  const to = shown?.sli.to ?? 0;
  const annotations = useMemo(() => (shown ? chartAnnotations(shown.annotations, from, to) : []), [shown, from, to]);
  const whatIfError = errorWithWhatIf && error?.code === 'BAD_REQUEST' ? error.message : null;

  return (
    <div className="page slo-detail" ref={measure} data-testid="slo-detail" data-slo-id={id}>
      <p className="breadcrumb">
        <a href={slosHref({ service: null, region: null, state: null })}>← All SLOs</a>
        {d && (
          <>
            {' · '}
            <a href={slosHref({ service: d.service, region: null, state: null })}>{d.service} in every region</a>
          </>
        )}
      </p>
      <header className="page-header">
        <h1>
          {d ? `${d.service} ${d.sli}` : id}
          {d && <span className="h1-sub"> {d.region}</span>}
        </h1>
        <div className="page-actions">
          <EnableNotifications />
        </div>
      </header>
      {d && d.name !== `${d.service} ${d.sli}` && <p className="page-intro">{d.name}</p>}
      {error?.code === 'NOT_FOUND' ? (
        <ErrorNote error={error} />
      ) : (
        !whatIfError && <ErrorNote error={error} onRetry={() => void loadSloDetail()} />
      )}
      {!shown && !error && <p className="loading">Loading SLO…</p>}
      {shown && (
        <Section title="Error budget" at={receivedAt}>
          <Facts detail={shown} />
          <WhatIf detail={shown} onObjective={setWhatIf} answeredWhatIf={answered?.whatIf ?? null} error={whatIfError} />
        </Section>
      )}
      {shown && (
        <>
          <Section
            title="SLI against the objective"
            actions={<RangePicker id={id} range={range} />}
          >
            <SliChartMemo detail={shown} from={from} to={to} annotations={annotations} whatIf={answered?.whatIf ?? null} />
            <p className="chart-note muted">
              Times in your zone ({OPERATOR_ZONE}); {shown.sli.points.length} points. Dotted verticals are operator actions and canary steps.
            </p>
          </Section>
          <Section title="Error budget burn-down">
            <BudgetChartMemo detail={shown} from={from} to={to} annotations={annotations} />
          </Section>
          <Section title="Burn rate and alert thresholds">
            <BurnChartMemo detail={shown} from={from} to={to} annotations={annotations} />
          </Section>
          <Section title="Operator actions and canary steps">
            <Annotations detail={shown} from={from} to={to} />
          </Section>
          <Section title="Burn windows">
            <BurnWindows detail={shown} />
            <h3>Multiwindow alert rules</h3>
            <Rules detail={shown} />
          </Section>
          <Section title="Alert history">
            <AlertHistory alerts={shown.alerts} />
          </Section>
        </>
      )}
    </div>
  );
}
