// slo.import: parse, check against what is stored, and (unless a dry run) save with version bumps.
import type { SloImportProblem, SloImportResult } from '../../shared/slo-api.js';
import type { SloDefinitionStore } from '../slo/definition-store.js';
import { parseOpenSlo } from '../slo/import/openslo-import.js';
import { parseSloth } from '../slo/import/sloth-import.js';
import { definitionView } from '../slo/slo-definition.js';

export interface ImportRequest {
  format: 'openslo' | 'sloth';
  content: string;
  region: string;
  dryRun: boolean;
}

export function importSlos(req: ImportRequest, store: SloDefinitionStore, env: { regions: readonly string[]; prometheusSources: readonly string[]; now: number }): SloImportResult {
  if (!env.regions.includes(req.region)) {
    return { imported: [], applied: false, problems: [{ line: null, construct: `region: ${req.region}`, message: `no region "${req.region}" in the platform config (regions: ${env.regions.join(', ')})` }] };
  }
  const parsed = (req.format === 'openslo' ? parseOpenSlo : parseSloth)(req.content, { region: req.region, prometheusSources: env.prometheusSources });
  const problems: SloImportProblem[] = [...parsed.problems];
  const seen = new Set<string>();
  const slos = parsed.slos.filter((s) => {
    if (!seen.has(s.definition.id)) return seen.add(s.definition.id);
    problems.push({ line: null, construct: `id ${s.definition.id}`, message: `two SLOs in this file would both be ${s.definition.id}; the first is imported` });
    return false;
  });
  const origin = req.format;
  for (const s of slos) {
    const current = store.get(s.definition.id);
    if (current?.origin === 'built-in') {
      problems.push({ line: null, construct: `id ${s.definition.id}`, message: `replaces the built-in SLO ${s.definition.id} (version ${current.version} → ${current.version + 1})` });
    }
  }
  if (req.dryRun || slos.length === 0) {
    const imported = slos.map((s) => definitionView({ ...s.definition, origin, sourceText: s.sourceText, updatedAt: env.now, version: store.nextVersion(s.definition, origin, s.sourceText).version }));
    return { imported, problems, applied: false };
  }
  const imported = store.transaction(() => slos.map((s) => definitionView(store.save(s.definition, origin, s.sourceText, env.now).stored)));
  return { imported, problems, applied: true };
}
