import '../../styles/audit.css';
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../../shared/controls-api.js';
import type { ApiError } from '../../api/api-error.js';
import { ErrorNote } from '../../components/error-note.js';
import { FilterSelect } from '../../components/filter-select.js';
import { Section } from '../../components/section.js';
import { downloadText } from '../../downloads/download.js';
import { exportAudit, loadAudit, loadMoreAudit, reloadAudit, useAudit, verifyAudit } from '../../stores/audit-store.js';
import { formatClock, formatDateTime } from '../../time/format-clock.js';
import { useMayPerform } from '../../writes/use-may-perform.js';
import { auditDiff } from './audit-diff.js';
import { AUDIT_RESULT_OPTIONS, EMPTY_AUDIT_FILTER, toAuditFilter, type AuditFilterForm } from './audit-filters.js';

// The backend's action names, offered as suggestions; the filter takes any text.
const KNOWN_ACTIONS = [
  'flag.set',
  'flag.set-everywhere',
  'flags.import',
  'degradation.set',
  'degradation.set-everywhere',
  'traffic.set',
  'traffic.revert',
  'canary.promote',
  'canary.pause',
  'canary.resume',
  'canary.abort',
  'profile.set',
];

function AuditRow({ entry }: { entry: AuditEntry }) {
  const diff = auditDiff(entry.before, entry.after);
  return (
    <tr
      data-testid={`audit-row-${entry.seq}`}
      data-result={entry.result}
      data-override={entry.override}
      className={`result-${entry.result}${entry.override ? ' is-override' : ''}`}
    >
      <td className="num">
        <time dateTime={new Date(entry.at).toISOString()} title={new Date(entry.at).toISOString()}>
          {formatDateTime(entry.at)}
          <span className="row-sub">{formatClock(entry.at)}</span>
        </time>
        <span className="row-sub">#{entry.seq}</span>
      </td>
      <td>{entry.actor}</td>
      <td>{entry.role}</td>
      <td>
        <code>{entry.action}</code>
      </td>
      <td>
        <code className="url">{entry.target}</code>
      </td>
      <td className="audit-diff">
        {diff.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul>
            {diff.map((line) => (
              <li key={line}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="audit-reason" data-testid={`audit-reason-${entry.seq}`}>
        {entry.reason}
      </td>
      <td>
        <span className={`badge audit-result-${entry.result}`}>{entry.result}</span>
        {entry.detail && !entry.override && <span className="row-sub">{entry.detail}</span>}
      </td>
      <td>
        {entry.override ? (
          <span className="override-flag" data-testid={`audit-override-${entry.seq}`}>
            <span className="badge override-badge">⚠ break glass</span>
            {entry.detail && <span className="row-sub">{entry.detail}</span>}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}

function FilterForm({ onApply }: { onApply: (form: AuditFilterForm) => boolean }) {
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const [problems, setProblems] = useState<Partial<Record<keyof AuditFilterForm, string>>>({});
  const field = (key: 'actor' | 'action' | 'target', label: string, placeholder: string, list?: string) => (
    <label>
      <span>{label}</span>
      <input
        type="text"
        data-testid={`audit-filter-${key}`}
        value={form[key]}
        placeholder={placeholder}
        list={list}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <form
      className="filter-bar audit-filters"
      role="search"
      aria-label="Filter the audit log"
      onSubmit={(e) => {
        e.preventDefault();
        const r = toAuditFilter(form);
        setProblems(r.ok ? {} : r.problems);
        if (r.ok) onApply(form);
      }}
    >
      {field('actor', 'Who', 'operator name')}
      {field('action', 'Action', 'e.g. traffic.set', 'audit-actions')}
      <datalist id="audit-actions">
        {KNOWN_ACTIONS.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      {field('target', 'Target', 'e.g. eu-west or global/traffic')}
      <FilterSelect
        label="Result"
        testId="audit-filter-result"
        value={form.result}
        options={AUDIT_RESULT_OPTIONS}
        anyLabel="any result"
        onChange={(result) => setForm({ ...form, result })}
      />
      <label>
        <span>From</span>
        <input
          type="datetime-local"
          data-testid="audit-filter-from"
          value={form.from}
          aria-invalid={problems.from !== undefined}
          onChange={(e) => setForm({ ...form, from: e.target.value })}
        />
        {problems.from && <span className="field-error">{problems.from}</span>}
      </label>
      <label>
        <span>To</span>
        <input
          type="datetime-local"
          data-testid="audit-filter-to"
          value={form.to}
          aria-invalid={problems.to !== undefined}
          onChange={(e) => setForm({ ...form, to: e.target.value })}
        />
        {problems.to && <span className="field-error">{problems.to}</span>}
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="audit-filter-overrides"
          checked={form.overrideOnly}
          onChange={(e) => setForm({ ...form, overrideOnly: e.target.checked })}
        />
        Break-glass overrides only
      </label>
      <div className="change-buttons">
        <button type="submit" className="primary" data-testid="audit-apply-filters">
          Filter
        </button>
        <button
          type="button"
          onClick={() => {
            setForm(EMPTY_AUDIT_FILTER);
            setProblems({});
            onApply(EMPTY_AUDIT_FILTER);
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}

function VerifyChain() {
  const { verification, verifying, verifyError } = useAudit();
  const { allowed, why } = useMayPerform('audit-verify');
  return (
    <div className="audit-verify">
      <button type="button" data-testid="audit-verify" disabled={!allowed || verifying} title={why ?? undefined} onClick={() => void verifyAudit()}>
        {verifying ? 'Verifying…' : 'Verify chain'}
      </button>
      {verification && (
        <p
          className={verification.ok ? 'verify-ok' : 'verify-bad'}
          data-testid="audit-verify-result"
          data-ok={verification.ok}
          data-first-bad-seq={verification.firstBadSeq ?? undefined}
          role="status"
        >
          {verification.ok
            ? `✓ Chain intact: ${verification.entries} entries, every hash links to the one before.`
            : `✗ Chain broken at entry #${verification.firstBadSeq ?? '?'}${verification.problem ? `: ${verification.problem}` : ''}. Entries from there on may have been edited or deleted.`}
        </p>
      )}
      <ErrorNote error={verifyError} onRetry={() => void verifyAudit()} />
    </div>
  );
}

function ExportButtons() {
  const filter = useAudit((s) => s.filter);
  const { allowed, why } = useMayPerform('audit-export');
  const [busy, setBusy] = useState<'csv' | 'json' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const run = async (format: 'csv' | 'json') => {
    setBusy(format);
    setError(null);
    setNote(null);
    const r = await exportAudit(filter, format);
    setBusy(null);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    downloadText(r.value.fileName, r.value.content, r.value.mimeType);
    setNote(`Saved ${r.value.fileName}.`);
  };
  return (
    <div className="audit-export">
      <button type="button" data-testid="audit-export-csv" disabled={!allowed || busy !== null} title={why ?? undefined} onClick={() => void run('csv')}>
        Export CSV
      </button>
      <button type="button" data-testid="audit-export-json" disabled={!allowed || busy !== null} title={why ?? undefined} onClick={() => void run('json')}>
        Export JSON
      </button>
      {note && (
        <span className="muted" role="status" data-testid="audit-export-status">
          {note}
        </span>
      )}
      <ErrorNote error={error} />
    </div>
  );
}

export function AuditPage() {
  const { entries, nextBefore, loading, loadedAt, error } = useAudit();
  useEffect(() => {
    void reloadAudit();
  }, []);
  return (
    <div className="page audit">
      <h1>Audit log</h1>
      <p className="page-intro">
        Every change made through Meridian, and every refusal, newest first: who, as which role, what changed and why. Each entry
        carries a hash of the one before it, so an edited or deleted entry breaks the chain.
      </p>
      <Section title="Filter" actions={<VerifyChain />}>
        <FilterForm
          onApply={(form) => {
            const r = toAuditFilter(form);
            if (r.ok) void loadAudit(r.filter);
            return r.ok;
          }}
        />
      </Section>
      <Section
        title="Entries"
        at={loadedAt}
        testId="audit-entries"
        actions={
          <>
            <ExportButtons />
            <button type="button" data-testid="audit-refresh" disabled={loading} onClick={() => void reloadAudit()}>
              Refresh
            </button>
          </>
        }
      >
        <ErrorNote error={error} onRetry={() => void reloadAudit()} />
        <div className="table-scroll">
          <table className="data-table audit-table">
            <caption className="visually-hidden">Audit log entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Role</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Before → after</th>
                <th scope="col">Reason</th>
                <th scope="col">Result</th>
                <th scope="col">Override</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <AuditRow key={e.seq} entry={e} />
              ))}
            </tbody>
          </table>
        </div>
        {entries.length === 0 && !loading && !error && <p className="muted">No entries match.</p>}
        {loading && <p className="loading">Loading entries…</p>}
        <div className="change-buttons">
          {nextBefore !== null && (
            <button type="button" data-testid="audit-load-more" disabled={loading} onClick={() => void loadMoreAudit()}>
              Load more
            </button>
          )}
          <span className="muted" data-testid="audit-count">
            {entries.length} entr{entries.length === 1 ? 'y' : 'ies'} shown{nextBefore === null && entries.length > 0 ? ' (all)' : ''}
          </span>
        </div>
      </Section>
    </div>
  );
}
