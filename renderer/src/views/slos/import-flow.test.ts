import { describe, expect, it } from 'vitest';
import type { SloImportResult } from '../../../../shared/slo-api.js';
import { evaluation } from './slo-fixtures.test-util.js';
import { applyBlocker, dryRunBlocker, formatFromFileName, sortedProblems, type ImportDraft } from './import-flow.js';

const draft: ImportDraft = { format: 'openslo', region: 'eu-west', content: 'apiVersion: openslo/v1\n' };
const result = (imported: number, problems: SloImportResult['problems'] = []): SloImportResult => ({
  imported: Array.from({ length: imported }, (_, i) => evaluation('eu-west', `svc${i}`, 1).definition),
  problems,
  applied: false,
});

describe('import flow', () => {
  it('needs a region and content before a dry run', () => {
    expect(dryRunBlocker(draft)).toBeNull();
    expect(dryRunBlocker({ ...draft, region: ' ' })).toMatch(/region/);
    expect(dryRunBlocker({ ...draft, content: '\n' })).toMatch(/file/);
    expect(dryRunBlocker({ ...draft, content: 'x'.repeat(1_000_001) })).toMatch(/1 MB/);
  });

  it('applies only the dry run on screen, and only when it imports something', () => {
    expect(applyBlocker(draft, null)).toMatch(/dry run first/);
    expect(applyBlocker(draft, { draft, result: result(2) })).toBeNull();
    expect(applyBlocker(draft, { draft, result: result(0) })).toMatch(/nothing to import/);
    for (const changed of [{ ...draft, format: 'sloth' as const }, { ...draft, region: 'us-east' }, { ...draft, content: 'x' }]) {
      expect(applyBlocker(changed, { draft, result: result(2) })).toMatch(/changed since the dry run/);
    }
  });

  it('says before the click when the session may not apply an import', () => {
    const ok = { draft, result: result(1) };
    expect(applyBlocker(draft, ok, { role: 'viewer', regions: null })).toMatch(/viewer may preview/);
    expect(applyBlocker(draft, ok, { role: 'regional-manager', regions: ['us-east'] })).toBe('you may import SLOs for us-east only, not eu-west');
    expect(applyBlocker(draft, ok, { role: 'regional-manager', regions: ['eu-west'] })).toBeNull();
    expect(applyBlocker(draft, ok, { role: 'on-call', regions: null })).toBeNull();
  });

  it('lists problems in file order, unknown lines last', () => {
    const p = (line: number | null) => ({ line, construct: 'spec.budgetingMethod: Timeslices', message: 'not supported' });
    expect(sortedProblems(result(0, [p(null), p(12), p(3)])).map((x) => x.line)).toEqual([3, 12, null]);
  });

  it('guesses the format from the file name', () => {
    expect(formatFromFileName('getting-started.sloth.yml', 'openslo')).toBe('sloth');
    expect(formatFromFileName('openslo-ratio.yaml', 'sloth')).toBe('openslo');
    expect(formatFromFileName('slos.yaml', 'sloth')).toBe('sloth');
  });
});
