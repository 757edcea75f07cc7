// OpenSLO v1 → Meridian SLO definitions. Supported: kind SLO with an inline `indicator` or an `indicatorRef` to
// a kind SLI document, a ratioMetric (good or bad over total, or raw), budgetingMethod Occurrences, a rolling
// window in days/weeks or a calendar month, objectives with target or targetPercent. Everything else is
// reported with its construct and line.
import { RATIO_MIN_EVENTS, bindEvents, bindRatio, type DataSourceHint } from './bind-queries.js';
import { isCalendarMonth, rollingWindowDays } from './durations.js';
import { idSegment, ProblemList, type ImportContext, type ImportedSlo, type ParsedImport } from './import-types.js';
import { parseYamlDocuments, type YDocument, type YNode } from './yaml-nodes.js';
import type { SliBinding } from '../slo-definition.js';
import { fromPercent } from './percent.js';
import { PrometheusQueryKind } from '../../feeds/prometheus/prometheus-config.js';
import { MERIDIAN_ID_ANNOTATION, QUERY_KIND_ANNOTATION } from '../export-openslo.js';

const DEFAULT_WINDOW_DAYS = 28;

const KIND_NOTES: Record<string, string> = {
  Service: 'nothing to import: each SLO names its service',
  DataSource: 'connection details are not imported; Prometheus sources are configured in the platform config (its id can match metricSourceRef)',
  AlertPolicy: 'not imported: Meridian alerts with the SRE workbook burn-rate rules, scaled to each SLO window',
  AlertCondition: 'not imported: Meridian alerts with the SRE workbook burn-rate rules, scaled to each SLO window',
  AlertNotificationTarget: 'not imported: Meridian notifies on the desktop when a page-level alert starts',
};

interface Indexes {
  slis: Map<string, YNode>;
  dataSourceTypes: Map<string, string>;
  usedSlis: Set<string>;
}

export function parseOpenSlo(content: string, ctx: ImportContext): ParsedImport {
  const problems = new ProblemList();
  const { documents, errors } = parseYamlDocuments(content);
  for (const e of errors) problems.items.push({ line: e.line, construct: 'YAML syntax', message: e.message });
  if (errors.length > 0) return { slos: [], problems: problems.items };

  const idx: Indexes = { slis: new Map(), dataSourceTypes: new Map(), usedSlis: new Set() };
  for (const d of documents) {
    const name = d.root.get('metadata').get('name').string();
    if (d.root.get('apiVersion').string() !== 'openslo/v1' || !name) continue;
    const kind = d.root.get('kind').string();
    if (kind === 'SLI') idx.slis.set(name, d.root);
    const type = d.root.get('spec').get('type').string();
    if (kind === 'DataSource' && type) idx.dataSourceTypes.set(name, type);
  }

  const slos: ImportedSlo[] = [];
  for (const d of documents) {
    const kind = d.root.get('kind');
    const apiVersion = d.root.get('apiVersion');
    const label = `${kind.string() ?? 'document'} "${d.root.get('metadata').get('name').string() ?? '?'}"`;
    if (!d.root.isMap) {
      problems.add(d.root, 'document', 'not an OpenSLO object (expected a mapping with apiVersion and kind)');
    } else if (apiVersion.string() !== 'openslo/v1') {
      problems.value(apiVersion.exists ? apiVersion : d.root, `${label} skipped: only openslo/v1 is imported`);
    } else if (kind.string() === 'SLO') {
      slos.push(...sloDocument(d, idx, ctx, problems));
    } else if (kind.string() !== 'SLI') {
      problems.value(kind, KIND_NOTES[kind.string() ?? ''] ?? `${label} is not an OpenSLO v1 kind Meridian knows`);
    }
  }
  for (const [name, sli] of idx.slis) {
    if (!idx.usedSlis.has(name)) problems.add(sli.get('kind'), `kind: SLI "${name}"`, 'no SLO in this file uses it: nothing imported from it');
  }
  return { slos, problems: problems.items };
}

function sloDocument(d: YDocument, idx: Indexes, ctx: ImportContext, problems: ProblemList): ImportedSlo[] {
  const metadata = d.root.get('metadata');
  const name = metadata.get('name').string();
  const spec = d.root.get('spec');
  const service = spec.get('service').string();
  if (!name || !service) {
    problems.add(name ? spec : metadata, name ? 'spec.service' : 'metadata.name', `SLO skipped: ${name ? 'spec.service' : 'metadata.name'} is required`);
    return [];
  }
  const skip = (at: YNode, why: string) => {
    problems.value(at, `SLO "${name}" not imported: ${why}`);
    return [];
  };

  const method = spec.get('budgetingMethod');
  if (!method.exists) problems.add(spec, 'spec.budgetingMethod', `SLO "${name}": no budgetingMethod given; evaluated as Occurrences (good events over all events)`);
  else if (method.string() !== 'Occurrences') return skip(method, `${method.string() ?? '?'} budgeting counts good time slices, Meridian counts events (Occurrences only)`);

  const objectives = spec.get('objectives');
  const composite = objectives.items().find((o) => o.get('indicatorRef').exists || o.get('compositeWeight').exists);
  if (composite) return skip(composite.get('indicatorRef').exists ? composite.get('indicatorRef') : composite.get('compositeWeight'), 'composite SLOs (objectives with their own indicators) are not supported');

  const exportedId = metadata.get('annotations').get(MERIDIAN_ID_ANNOTATION);
  const exportedFor = exportedId.string();
  if (exportedFor && !exportedFor.startsWith(`${ctx.region}.`)) return skip(exportedId, `exported from Meridian for another region; import it for that region`);

  const window = timeWindow(spec, name, problems);
  if (!window) return [];

  const indicator = resolveIndicator(spec, idx, name, problems);
  if (!indicator) return [];
  const binding = bindIndicator(indicator.spec, idx, name, ctx, problems, queryKindOf(metadata));
  if (!binding) return [];

  const targets = objectives.items();
  if (targets.length === 0) return skip(objectives.exists ? objectives : spec, 'spec.objectives needs at least one objective with a target');
  const alertPolicies = spec.get('alertPolicies');
  if (alertPolicies.items().length > 0) problems.add(alertPolicies, 'spec.alertPolicies', `SLO "${name}": ${KIND_NOTES.AlertPolicy ?? ''}`);

  const out: ImportedSlo[] = [];
  targets.forEach((o, i) => {
    const objective = objectiveTarget(o, name, problems);
    if (objective === null) return;
    const objectiveName = o.get('displayName').string();
    // A file Meridian exported keeps its ids when re-imported for the same region.
    const baseId = exportedFor ?? `${ctx.region}.${idSegment(service)}.${idSegment(name)}`;
    const many = targets.length > 1;
    out.push({
      sourceText: d.text,
      definition: {
        id: many ? `${baseId}.${idSegment(objectiveName ?? String(i + 1))}` : baseId,
        name: `${metadata.get('displayName').string() ?? name}${many ? ` — ${objectiveName ?? `objective ${i + 1}`}` : ''}`,
        region: ctx.region,
        service,
        sli: indicator.name,
        objective,
        windowDays: window.days,
        timeWindow: window.kind,
        binding,
        ...(binding.kind === 'prometheus' && binding.query.shape === 'ratio' ? { minEvents: RATIO_MIN_EVENTS } : {}),
      },
    });
  });
  return out;
}

function resolveIndicator(spec: YNode, idx: Indexes, slo: string, problems: ProblemList): { name: string; spec: YNode } | null {
  const inline = spec.get('indicator');
  if (inline.exists) return { name: inline.get('metadata').get('name').string() ?? slo, spec: inline.get('spec') };
  const ref = spec.get('indicatorRef');
  const refName = ref.string();
  if (!refName) {
    problems.add(spec, 'spec.indicator', `SLO "${slo}" not imported: it needs an indicator or an indicatorRef`);
    return null;
  }
  const sli = idx.slis.get(refName);
  if (!sli) {
    problems.value(ref, `SLO "${slo}" not imported: no kind SLI named "${refName}" in this file`);
    return null;
  }
  idx.usedSlis.add(refName);
  return { name: refName, spec: sli.get('spec') };
}

function metricSource(part: YNode, idx: Indexes): { query: string | undefined; hint: DataSourceHint; at: YNode } {
  const source = part.get('metricSource');
  const ref = source.get('metricSourceRef').string() ?? null;
  const type = source.get('type').string() ?? (ref ? (idx.dataSourceTypes.get(ref) ?? null) : null);
  // Without a type or a DataSource to say otherwise, a query is taken to be PromQL.
  return { query: source.get('spec').get('query').string(), hint: { type: type ?? 'Prometheus', ref }, at: source.exists ? source : part };
}

/** Meridian's export says how its queries count (e.g. Sloth-style rates), which OpenSLO itself cannot. */
function queryKindOf(metadata: YNode): PrometheusQueryKind | null {
  const parsed = PrometheusQueryKind.safeParse(metadata.get('annotations').get(QUERY_KIND_ANNOTATION).string());
  return parsed.success ? parsed.data : null;
}

function bindIndicator(sliSpec: YNode, idx: Indexes, slo: string, ctx: ImportContext, problems: ProblemList, kind: PrometheusQueryKind | null): SliBinding | null {
  const threshold = sliSpec.get('thresholdMetric');
  if (threshold.exists) {
    problems.add(threshold, `${threshold.path}`, `SLO "${slo}" not imported: a thresholdMetric compares single values to a threshold; Meridian needs good/total events (ratioMetric)`);
    return null;
  }
  const ratio = sliSpec.get('ratioMetric');
  if (!ratio.exists) {
    problems.add(sliSpec, `${sliSpec.path}.ratioMetric`, `SLO "${slo}" not imported: its SLI has no ratioMetric`);
    return null;
  }
  const raw = ratio.get('raw');
  if (raw.exists) {
    const rawType = ratio.get('rawType').string();
    const src = metricSource(raw, idx);
    if (!src.query || (rawType !== 'success' && rawType !== 'failure')) {
      problems.add(raw, raw.path, `SLO "${slo}" not imported: a raw ratio needs rawType success or failure and a metricSource.spec.query`);
      return null;
    }
    return bindRatio(src.query, rawType === 'failure' ? 'bad' : 'good', src.hint, ctx, src.at, problems);
  }
  const good = ratio.get('good');
  const bad = ratio.get('bad');
  const total = ratio.get('total');
  if (good.exists === bad.exists || !total.exists) {
    problems.add(ratio, ratio.path, `SLO "${slo}" not imported: a ratioMetric needs total and exactly one of good or bad`);
    return null;
  }
  const part = metricSource(good.exists ? good : bad, idx);
  const whole = metricSource(total, idx);
  const counter = ratio.get('counter').boolean() ?? false;
  if (!part.query || !whole.query) {
    const at = part.query ? whole.at : part.at;
    problems.add(at, `${at.path}.spec.query`, `SLO "${slo}" imported, but its metric source has no query Meridian can send: it shows no data`);
    return { kind: 'unevaluable', reason: 'metric source without a query', queries: null };
  }
  const queries = good.exists ? { good: part.query, total: whole.query } : { bad: part.query, total: whole.query };
  return bindEvents(queries, kind ?? (counter ? 'counter' : 'increase'), part.hint, ctx, part.at, problems);
}

function timeWindow(spec: YNode, slo: string, problems: ProblemList): { days: number; kind: 'rolling' | 'calendar' } | null {
  const tw = spec.get('timeWindow');
  const items = tw.items();
  if (items.length === 0) {
    problems.add(tw.exists ? tw : spec, 'spec.timeWindow', `SLO "${slo}": no timeWindow given; using a ${DEFAULT_WINDOW_DAYS}-day rolling window`);
    return { days: DEFAULT_WINDOW_DAYS, kind: 'rolling' };
  }
  if (items.length > 1) problems.add(tw, 'spec.timeWindow', `SLO "${slo}": OpenSLO allows one time window; the first is used`);
  const w = items[0];
  if (!w) return null;
  const duration = w.get('duration');
  const text = duration.string() ?? '';
  const calendar = w.get('calendar');
  if (calendar.exists || w.get('isRolling').boolean() === false) {
    if (!isCalendarMonth(text)) {
      problems.value(duration, `SLO "${slo}" not imported: calendar windows other than one month (1M) are not supported`);
      return null;
    }
    const zone = calendar.get('timeZone').string();
    if (zone && !/^(UTC|Etc\/UTC|GMT)$/i.test(zone)) problems.value(calendar.get('timeZone'), `SLO "${slo}": calendar months are counted in UTC (the same for every region), not in ${zone}`);
    return { days: 30, kind: 'calendar' };
  }
  const parsed = rollingWindowDays(text);
  if (!parsed.ok) {
    problems.value(duration, `SLO "${slo}" not imported: ${parsed.message}`);
    return null;
  }
  return { days: parsed.days, kind: 'rolling' };
}

function objectiveTarget(o: YNode, slo: string, problems: ProblemList): number | null {
  const target = o.get('target').number();
  const percent = o.get('targetPercent').number();
  const value = target ?? (percent === undefined ? undefined : fromPercent(percent));
  for (const ignored of ['op', 'value', 'timeSliceTarget', 'timeSliceWindow']) {
    const n = o.get(ignored);
    if (n.exists) problems.value(n, `SLO "${slo}": ignored — it applies to threshold metrics or time slices, not to Occurrences of a ratioMetric`);
  }
  if (target !== undefined && percent !== undefined) problems.add(o, `${o.path}.targetPercent`, `SLO "${slo}": both target and targetPercent given; target is used`);
  if (value === undefined || !(value > 0 && value < 1)) {
    problems.add(o, `${o.path}.target`, `SLO "${slo}" objective not imported: it needs target in (0, 1) or targetPercent in (0, 100)`);
    return null;
  }
  return value;
}
