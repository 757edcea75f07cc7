import { useId, useState } from 'react';
import type { SloImportResult } from '../../../../shared/slo-api.js';
import type { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { call } from '../../api/call.js';
import { ErrorNote } from '../../components/error-note.js';
import { Section } from '../../components/section.js';
import { useSession } from '../../stores/session-store.js';
import { loadSlos } from '../../stores/slo-store.js';
import { formatPercent } from '../format-metrics.js';
import {
  applyBlocker,
  dryRunBlocker,
  formatFromFileName,
  IMPORT_FORMATS,
  MAX_IMPORT_BYTES,
  sortedProblems,
  type DryRun,
  type ImportDraft,
} from './import-flow.js';

function ImportResult({ result, testId }: { result: SloImportResult; testId: string }) {
  const problems = sortedProblems(result);
  return (
    <div className="slo-import-result" data-testid={testId} data-applied={result.applied}>
      <h3>
        {`${result.applied ? 'Imported' : 'Would import'} ${result.imported.length} SLO${result.imported.length === 1 ? '' : 's'}`}
      </h3>
      {result.imported.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Service</th>
                <th scope="col">SLI</th>
                <th scope="col">Region</th>
                <th scope="col">Objective</th>
                <th scope="col">Window</th>
              </tr>
            </thead>
            <tbody>
              {result.imported.map((d, i) => (
                <tr key={`${d.id}:${i}`} data-testid={`slo-import-slo-${i}`}>
                  <th scope="row">{d.name}</th>
                  <td>{d.service}</td>
                  <td>{d.sli}</td>
                  <td>{d.region}</td>
                  <td>{formatPercent(d.objective, 3)}</td>
                  <td>
                    {d.windowDays} d {d.timeWindow}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {problems.length > 0 && (
        <>
          <h3 className="slo-import-problems-title">
            {problems.length} problem{problems.length === 1 ? '' : 's'}: {result.applied ? 'these parts were not imported' : 'these parts will not be imported'}
          </h3>
          <div className="table-scroll">
            <table className="data-table slo-import-problems">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Construct</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p, i) => (
                  <tr key={i} data-testid={`slo-import-problem-${i}`} data-line={p.line ?? ''}>
                    <td className="num">{p.line ?? '—'}</td>
                    <td>
                      <code>{p.construct}</code>
                    </td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

/** Dry run first: the operator sees what would be imported and what would not, by line, before applying. */
export function SloImportPanel({ regions, onClose }: { regions: string[]; onClose: () => void }) {
  const ids = { format: useId(), region: useId(), file: useId(), content: useId() };
  const [draft, setDraft] = useState<ImportDraft>({ format: 'openslo', region: regions[0] ?? '', content: '' });
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [applied, setApplied] = useState<SloImportResult | null>(null);
  const [busy, setBusy] = useState<'dry-run' | 'apply' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const update = (next: Partial<ImportDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setApplied(null);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileNote(`${file.name} is ${Math.round(file.size / 1024)} KB; an SLO file must be under 1 MB`);
      return;
    }
    const content = await file.text();
    setFileNote(`${file.name}, ${content.split('\n').length} lines`);
    update({ content, format: formatFromFileName(file.name, draft.format) });
  };

  const submit = async (dry: boolean) => {
    const sent = draft;
    setBusy(dry ? 'dry-run' : 'apply');
    const r = await call(() => api.slo.import.mutate({ ...sent, dryRun: dry }));
    setBusy(null);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    if (dry) {
      setDryRun({ draft: sent, result: r.value });
      setApplied(null);
    } else {
      setApplied(r.value);
      setDryRun(null);
      void loadSlos();
    }
  };

  const dryBlock = dryRunBlocker(draft);
  const session = useSession((s) => s.session);
  const applyBlock = applyBlocker(draft, dryRun, session);
  const stale = dryRun !== null && applyBlock !== null && dryRun.result.imported.length > 0;

  return (
    <Section
      title="Import SLOs"
      testId="slo-import-panel"
      actions={
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      }
    >
      <p className="muted">
        OpenSLO v1 (ratioMetric SLIs, rolling or calendar windows, Occurrences budgeting) or Sloth prometheus/v1 specs. Constructs
        Meridian cannot evaluate are listed with their line, never dropped silently.
      </p>
      <div className="slo-import-fields">
        <label htmlFor={ids.format}>Format</label>
        <select id={ids.format} value={draft.format} onChange={(e) => update({ format: e.target.value === 'sloth' ? 'sloth' : 'openslo' })} data-testid="slo-import-format">
          {IMPORT_FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <label htmlFor={ids.region}>Region</label>
        <select id={ids.region} value={draft.region} onChange={(e) => update({ region: e.target.value })} data-testid="slo-import-region">
          {regions.length === 0 && <option value="">no regions known yet</option>}
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <label htmlFor={ids.file}>File</label>
        <span>
          <input id={ids.file} type="file" accept=".yaml,.yml,text/yaml,application/yaml" onChange={(e) => void readFile(e.target.files?.[0])} data-testid="slo-import-file" />
          {fileNote && <span className="field-hint"> {fileNote}</span>}
        </span>
        <label htmlFor={ids.content}>or paste YAML</label>
        <textarea
          id={ids.content}
          className="slo-import-content"
          rows={10}
          spellCheck={false}
          value={draft.content}
          onChange={(e) => update({ content: e.target.value })}
          data-testid="slo-import-content"
        />
      </div>
      <div className="slo-import-buttons">
        <button type="button" onClick={() => void submit(true)} disabled={busy !== null || dryBlock !== null} title={dryBlock ?? undefined} data-testid="slo-import-dryrun">
          {busy === 'dry-run' ? 'Checking…' : 'Dry run'}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void submit(false)}
          disabled={busy !== null || applyBlock !== null}
          title={applyBlock ?? undefined}
          data-testid="slo-import-apply"
        >
          {busy === 'apply' ? 'Importing…' : dryRun ? `Import ${dryRun.result.imported.length} SLO${dryRun.result.imported.length === 1 ? '' : 's'}` : 'Import'}
        </button>
        {dryBlock && <span className="field-hint">{dryBlock}</span>}
        {!dryBlock && applyBlock && <span className={stale ? 'note' : 'field-hint'}>{applyBlock}</span>}
      </div>
      <ErrorNote error={error} />
      {error?.issues.map((i) => (
        <p key={`${i.path}:${i.message}`} className="field-error">
          {i.path}: {i.message}
        </p>
      ))}
      {dryRun && <ImportResult result={dryRun.result} testId="slo-import-dryrun-result" />}
      {applied && <ImportResult result={applied} testId="slo-import-applied-result" />}
    </Section>
  );
}
