import { useState } from 'react';
import { reasonProblem } from './reason.js';
import { confirmationProblem } from './typed-confirmation.js';
import { cancelDraft, useWrites, type ChangeDraft } from './writes-store.js';

/**
 * The inline confirmation every write goes through: what will change, why (required, recorded in the audit
 * log), typed confirmation for high-risk changes, confirm or cancel. Rendered beside the control that started
 * it; only one is open at a time.
 */
export function ChangePanel({ target }: { target: string }) {
  const draft = useWrites((s) => (s.draft?.target === target ? s.draft : null));
  if (!draft) return null;
  // Keyed by the summary so a different proposal for the same control starts with an empty reason.
  return <ChangeForm key={`${draft.summary}|${draft.confirmation?.expected ?? ''}`} draft={draft} />;
}

function ChangeForm({ draft }: { draft: ChangeDraft }) {
  const { summary, consequence, marks, confirmation, submit } = draft;
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = reasonProblem(reason);
  const confirmProblem = confirmation ? confirmationProblem(typed, confirmation.expected) : null;
  const blocked = problem !== null || confirmProblem !== null;
  return (
    <form
      className={`change-panel${marks && marks.length > 0 ? ' is-marked' : ''}`}
      data-testid="change-panel"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!blocked) void submit(reason, confirmation ? typed : undefined);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancelDraft();
      }}
    >
      {marks?.map((m) => (
        <p key={m} className="change-mark" data-testid="change-mark">
          {m}
        </p>
      ))}
      <p className="change-summary" data-testid="change-summary">
        {summary}
      </p>
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
      {confirmation && (
        <>
          <label className="change-reason typed-confirmation">
            <span>
              {confirmation.prompt}: type <code>{confirmation.expected}</code>
            </span>
            <input
              type="text"
              data-testid="typed-confirmation"
              value={typed}
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={touched && confirmProblem !== null}
              aria-describedby={confirmProblem ? 'change-confirm-problem' : undefined}
              onChange={(e) => setTyped(e.target.value)}
            />
          </label>
          {confirmProblem && (
            <span id="change-confirm-problem" className={touched ? 'field-error' : 'field-hint'}>
              {confirmProblem}
            </span>
          )}
        </>
      )}
      <div className="change-buttons">
        <button type="submit" className={marks && marks.length > 0 ? 'danger' : 'primary'} data-testid="confirm-change" disabled={blocked}>
          Apply change
        </button>
        <button type="button" onClick={cancelDraft} data-testid="cancel-change">
          Cancel
        </button>
      </div>
    </form>
  );
}
