import { useState } from 'react';
import type { FlagdImportResult } from '../../../../shared/controls-api.js';
import type { ApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { call } from '../../api/call.js';
import { ErrorNote } from '../../components/error-note.js';
import { downloadText } from '../../downloads/download.js';
import { loadControls } from '../../stores/controls-store.js';
import { ChangePanel } from '../../writes/change-panel.js';
import { newIdempotencyKey } from '../../writes/idempotency-key.js';
import { intentId } from '../../writes/intent-keys.js';
import { proposeWrite } from '../../writes/propose-write.js';
import { useMayPerform } from '../../writes/use-may-perform.js';
import { WriteFeedback } from '../../writes/write-feedback.js';
import { useWrites } from '../../writes/writes-store.js';
import { flagdContentProblem, flagdFileProblem, formatImportChange, formatImportError, importSummary } from './flagd-file.js';

const TARGET = 'flagd:import';

interface PickedFile {
  name: string;
  content: string;
}

interface Check {
  region: string;
  file: PickedFile;
  result: FlagdImportResult;
}

function ImportResult({ result, region }: { result: FlagdImportResult; region: string }) {
  return (
    <div className={`flagd-result${result.errors.length > 0 ? ' is-bad' : ''}`} data-testid="flagd-result" data-applied={result.applied}>
      <p>{importSummary(result, region)}</p>
      {result.errors.length > 0 && (
        <ul className="flagd-errors" data-testid="flagd-errors">
          {result.errors.map((e) => (
            <li key={`${e.flag ?? ''}|${e.field}|${e.message}`} data-testid="flagd-error">
              {formatImportError(e)}
            </li>
          ))}
        </ul>
      )}
      {result.notes && result.notes.length > 0 && (
        <ul className="flagd-notes" data-testid="flagd-notes">
          {result.notes.map((n) => (
            <li key={`${n.flag ?? ''}|${n.field}|${n.message}`}>
              <span className="muted">Not applied:</span> {formatImportError(n)}
            </li>
          ))}
        </ul>
      )}
      {result.errors.length === 0 && result.changes.length > 0 && (
        <ul className="flagd-changes" data-testid="flagd-changes">
          {result.changes.map((c) => (
            <li key={c.key} data-testid={`flagd-change-${c.key}`}>
              <code>{formatImportChange(c)}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** flagd flag-definition files: export a region's flags, or check a file against a region and import it. */
export function FlagdPanel({ regions }: { regions: readonly string[] }) {
  const [region, setRegion] = useState(regions[0] ?? '');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<ApiError | null>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const [applied, setApplied] = useState<{ region: string; result: FlagdImportResult } | null>(null);
  // Remounting the file input clears it, so the same file can be picked again after an import.
  const [inputKey, setInputKey] = useState(0);
  const { allowed, why } = useMayPerform('flags-import', region || undefined);
  const pending = useWrites((s) => TARGET in s.inFlight);

  const exportRegion = async () => {
    setExportError(null);
    setExportNote(null);
    const r = await call(() => api.controls.exportFlagd.query({ region }));
    if (!r.ok) {
      setExportError(r.error);
      return;
    }
    downloadText(r.value.fileName, r.value.content, 'application/json');
    setExportNote(`Saved ${r.value.fileName}.`);
  };

  // A check changes nothing; it still goes through the backend so the errors are the ones an import would get.
  const runCheck = async (target: string, picked: PickedFile) => {
    setChecking(true);
    setCheckError(null);
    setCheck(null);
    setApplied(null);
    const r = await call(() =>
      api.controls.importFlagd.mutate({
        region: target,
        content: picked.content,
        dryRun: true,
        reason: `check ${picked.name} against ${target} (dry run)`,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    setChecking(false);
    if (r.ok) setCheck({ region: target, file: picked, result: r.value });
    else setCheckError(r.error);
  };

  const pick = async (f: File | undefined) => {
    setFile(null);
    setCheck(null);
    setApplied(null);
    setFileProblem(null);
    if (!f) return;
    const problem = flagdFileProblem(f);
    if (problem) {
      setFileProblem(problem);
      return;
    }
    const content = await f.text();
    const contentProblem = flagdContentProblem(f.name, content);
    if (contentProblem) {
      setFileProblem(contentProblem);
      return;
    }
    const picked = { name: f.name, content };
    setFile(picked);
    await runCheck(region, picked);
  };

  const current = check && file && check.file === file && check.region === region ? check : null;
  const canApply = current !== null && current.result.errors.length === 0 && current.result.changes.length > 0;

  const propose = () => {
    if (!current) return;
    const { file: picked, result } = current;
    const target = current.region;
    proposeWrite(
      {
        summary: `Import ${picked.name} into ${target}: ${result.changes.map(formatImportChange).join(', ')}`,
        consequence: 'Only the flags listed change; the file is checked again as it is applied.',
      },
      {
        target: TARGET,
        kind: 'flag',
        optimistic: { kind: 'none' },
        intent: intentId('flags.import', target, picked.content),
        send: (reason, idempotencyKey) =>
          call(() => api.controls.importFlagd.mutate({ region: target, content: picked.content, dryRun: false, reason, idempotencyKey })),
        onSuccess: (r) => {
          setApplied({ region: target, result: r });
          setCheck(null);
          setFile(null);
          setInputKey((k) => k + 1);
          void loadControls();
          if (r.errors.length > 0) {
            return {
              kind: 'error',
              message: importSummary(r, target),
              issues: r.errors.map((e) => ({ path: e.flag ? `${e.flag}.${e.field}` : e.field, message: e.message })),
              hint: 'Correct the file and check it again.',
            };
          }
          return null;
        },
        onConflict: () => void loadControls(),
      },
    );
  };

  return (
    <div className="flagd">
      <div className="filter-bar">
        <label>
          <span>Region</span>
          <select
            data-testid="flagd-region"
            value={region}
            onChange={(e) => {
              setRegion(e.target.value);
              setApplied(null);
              if (file) void runCheck(e.target.value, file);
            }}
          >
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="flagd-export" disabled={!region} onClick={() => void exportRegion()}>
          Export {region} as flagd JSON
        </button>
        {exportNote && (
          <span className="muted" data-testid="flagd-export-status" role="status">
            {exportNote}
          </span>
        )}
      </div>
      <ErrorNote error={exportError} onRetry={() => void exportRegion()} />

      <div className="flagd-import">
        <label className="file-pick">
          <span>Import a flagd file into {region}</span>
          <input
            key={inputKey}
            type="file"
            accept=".json,application/json"
            data-testid="flagd-file"
            disabled={!allowed || pending}
            title={why ?? undefined}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        </label>
        {why && <p className="muted">{why}.</p>}
        {fileProblem && (
          <p className="field-error" data-testid="flagd-file-problem" role="alert">
            {fileProblem}. Nothing was changed.
          </p>
        )}
        {checking && <p className="loading">Checking {file?.name ?? 'the file'} against {region}…</p>}
        <ErrorNote error={checkError} onRetry={file ? () => void runCheck(region, file) : undefined} />
        {current && <ImportResult result={current.result} region={current.region} />}
        {current && (
          <div className="change-buttons">
            <button type="button" className="primary" data-testid="flagd-apply" disabled={!allowed || !canApply || pending} onClick={propose}>
              Apply {current.result.changes.length} change{current.result.changes.length === 1 ? '' : 's'} to {current.region}…
            </button>
          </div>
        )}
        {applied && <ImportResult result={applied.result} region={applied.region} />}
        <ChangePanel target={TARGET} />
        <WriteFeedback target={TARGET} />
      </div>
    </div>
  );
}
