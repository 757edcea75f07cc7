import { useState } from 'react';
import { reasonProblem } from './reason.js';
import { cancelDraft, useWrites } from './writes-store.js';

/**
 * The inline confirmation every write goes through: what will change, why (required, recorded in the audit
 * log), confirm or cancel. Rendered beside the control that started it; only one is open at a time.
 */
export function ChangePanel({ target }: { target: string }) {
  const draft = useWrites((s) => (s.draft?.target === target ? s.draft : null));
  if (!draft) return null;
  // Keyed by the summary so a different proposal for the same control starts with an empty reason.
  return <ChangeForm key={draft.summary} summary={draft.summary} consequence={draft.consequence} submit={draft.submit} />;
}

function ChangeForm({
  summary,
  consequence,
  submit,
}: {
  summary: string;
  consequence: string | undefined;
  submit: (reason: string) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = reasonProblem(reason);
  return (
    <form
      className="change-panel"
      data-testid="change-panel"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!problem) void submit(reason);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancelDraft();
      }}
    >
      <p className="change-summary">{summary}</p>
      {consequence && <p className="change-consequence">{consequence}</p>}
      <label className="change-reason">
        <span>Reason (recorded in the audit log)</span>
        <input
          type="text"
          data-testid="reason-input"
          value={reason}
          autoFocus
          maxLength={2000}
          aria-invalid={touched && problem !== null}
          aria-describedby={problem ? 'change-reason-problem' : undefined}
          placeholder="e.g. checkout errors in eu-west, moving traffic away"
          onChange={(e) => setReason(e.target.value)}
          onBlur={() => setTouched(true)}
        />
      </label>
      {problem && (
        <span id="change-reason-problem" className={touched ? 'field-error' : 'field-hint'}>
          {problem}
        </span>
      )}
      <div className="change-buttons">
        <button type="submit" className="primary" data-testid="confirm-change" disabled={problem !== null}>
          Apply change
        </button>
        <button type="button" onClick={cancelDraft} data-testid="cancel-change">
          Cancel
        </button>
      </div>
    </form>
  );
}
