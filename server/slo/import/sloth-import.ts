// Sloth → Meridian SLO definitions. Supported: `version: prometheus/v1` files (and the same spec inside
// Sloth's PrometheusServiceLevel CRD), each slo with an objective and an `sli.events` error/total query pair
// or an `sli.raw` error-ratio query. Plugins and Sloth's own alert settings are reported, not imported.
import { bindEvents, bindRatio, RATIO_MIN_EVENTS, slothUnit } from './bind-queries.js';
import { idSegment, ProblemList, type ImportContext, type ImportedSlo, type ParsedImport } from './import-types.js';
import { fromPercent } from './percent.js';
import { parseYamlDocuments, type YDocument, type YNode } from './yaml-nodes.js';

/** Sloth's default SLO period (its google-30d alert windows). */
export const SLOTH_WINDOW_DAYS = 30;

export function parseSloth(content: string, ctx: ImportContext): ParsedImport {
  const problems = new ProblemList();
  const { documents, errors } = parseYamlDocuments(content);
  for (const e of errors) problems.items.push({ line: e.line, construct: 'YAML syntax', message: e.message });
  if (errors.length > 0) return { slos: [], problems: problems.items };
  const slos: ImportedSlo[] = [];
  for (const d of documents) slos.push(...slothDocument(d, ctx, problems));
  return { slos, problems: problems.items };
}

/** The spec of a plain prometheus/v1 file or of the CRD; null (with a problem) for anything else. */
function specOf(d: YDocument, problems: ProblemList): YNode | null {
  const version = d.root.get('version');
  if (version.string() === 'prometheus/v1') return d.root;
  const kind = d.root.get('kind').string();
  if (d.root.get('apiVersion').string() === 'sloth.slok.dev/v1' && kind === 'PrometheusServiceLevel') return d.root.get('spec');
  if (kind === 'AlertWindows' || version.string() === 'alertWindows/v1') {
    problems.add(d.root, 'AlertWindows', "not imported: Meridian uses the workbook's windows and budget shares, scaled to each SLO's period");
    return null;
  }
  if (version.exists) problems.value(version, 'only Sloth prometheus/v1 specs are imported');
  else problems.add(d.root, 'document', 'not a Sloth spec (expected version: "prometheus/v1" or kind PrometheusServiceLevel)');
  return null;
}

function slothDocument(d: YDocument, ctx: ImportContext, problems: ProblemList): ImportedSlo[] {
  const spec = specOf(d, problems);
  if (!spec) return [];
  const service = spec.get('service').string();
  if (!service) {
    problems.add(spec, `${spec.path ? `${spec.path}.` : ''}service`, 'Sloth spec skipped: service is required');
    return [];
  }
  const plugins = spec.either('slo_plugins', 'sloPlugins');
  if (plugins.exists) problems.add(plugins, plugins.path, 'Sloth SLO plugins are not run by Meridian; the SLOs are imported without them');

  const out: ImportedSlo[] = [];
  for (const slo of spec.get('slos').items()) {
    const name = slo.get('name').string();
    const objective = slo.get('objective').number();
    if (!name) {
      problems.add(slo, `${slo.path}.name`, 'SLO skipped: name is required');
      continue;
    }
    if (objective === undefined || !(objective > 0 && objective < 100)) {
      problems.add(slo.get('objective').exists ? slo.get('objective') : slo, `${slo.path}.objective`, `SLO "${name}" not imported: objective must be a percentage between 0 and 100`);
      continue;
    }
    const binding = sliBinding(slo.get('sli'), name, ctx, problems);
    if (!binding) continue;
    noteAlerting(slo, name, problems);
    out.push({
      sourceText: d.text,
      definition: {
        id: `${ctx.region}.${idSegment(service)}.${idSegment(name)}`,
        name,
        region: ctx.region,
        service,
        sli: name,
        objective: fromPercent(objective),
        windowDays: SLOTH_WINDOW_DAYS,
        timeWindow: 'rolling',
        binding,
        ...(binding.kind === 'prometheus' && binding.query.shape === 'ratio' ? { minEvents: RATIO_MIN_EVENTS } : {}),
      },
    });
  }
  return out;
}

function sliBinding(sli: YNode, name: string, ctx: ImportContext, problems: ProblemList) {
  const events = sli.get('events');
  const raw = sli.get('raw');
  const plugin = sli.get('plugin');
  const hint = { type: null, ref: null };
  if (events.exists) {
    const error = events.either('error_query', 'errorQuery').string();
    const total = events.either('total_query', 'totalQuery').string();
    if (!error || !total) {
      problems.add(events, events.path, `SLO "${name}" not imported: sli.events needs error_query and total_query`);
      return null;
    }
    return bindEvents({ bad: error.trim(), total: total.trim() }, slothUnit(total), hint, ctx, events, problems);
  }
  if (raw.exists) {
    const ratio = raw.either('error_ratio_query', 'errorRatioQuery').string();
    if (!ratio) {
      problems.add(raw, raw.path, `SLO "${name}" not imported: sli.raw needs error_ratio_query`);
      return null;
    }
    return bindRatio(ratio.trim(), 'bad', hint, ctx, raw, problems);
  }
  if (plugin.exists) {
    problems.add(plugin, `${plugin.path}.id: ${plugin.get('id').string() ?? '?'}`, `SLO "${name}" not imported: SLI plugins generate their queries inside Sloth; write them out as sli.events`);
    return null;
  }
  problems.add(sli.exists ? sli : { line: null, path: sli.path }, sli.path, `SLO "${name}" not imported: it needs sli.events or sli.raw`);
  return null;
}

function noteAlerting(slo: YNode, name: string, problems: ProblemList): void {
  const alerting = slo.get('alerting');
  if (!alerting.exists) return;
  const disabled = ['page_alert', 'ticket_alert', 'pageAlert', 'ticketAlert'].filter((k) => alerting.get(k).get('disable').boolean() === true);
  const what = disabled.length > 0 ? `${disabled.join(' and ')} disabled in Sloth, but Meridian still records page and ticket episodes` : 'alert names, labels and annotations are not imported';
  problems.add(alerting, alerting.path, `SLO "${name}": ${what}; Meridian alerts by the workbook's burn-rate rules`);
}
