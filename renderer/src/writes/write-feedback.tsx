import { useWrites } from './writes-store.js';

/** The outcome of the last write of one control, shown next to it: what happened and what to do. */
export function WriteFeedback({ target }: { target: string }) {
  const feedback = useWrites((s) => s.feedback[target]);
  const pending = useWrites((s) => target in s.inFlight);
  if (pending) return <p className="write-pending" role="status" data-testid="write-pending">Applying…</p>;
  if (!feedback) return null;
  if (feedback.kind === 'conflict') {
    return (
      <p className="write-conflict" role="alert" data-testid="control-conflict">
        {feedback.message}
      </p>
    );
  }
  if (feedback.kind === 'partial') {
    return (
      <div className="write-error" role="alert" data-testid="control-partial">
        <p>{feedback.message}</p>
        <ul>
          {feedback.failures.map((f) => (
            <li key={f.region} data-testid={`partial-failure-${f.region}`}>
              <strong>{f.region}</strong>: {f.error}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const extra = feedback.issues.filter((i) => !feedback.message.includes(i.message));
  const retry = feedback.retry;
  return (
    <div className="write-error" role="alert" data-testid="control-error">
      <p>{feedback.message}</p>
      {feedback.violations && feedback.violations.length > 0 && (
        <ul className="refused-rules">
          {feedback.violations.map((v) => (
            <li key={v.rule} data-testid={`refused-rule-${v.rule}`}>
              <code className="rule-name">{v.rule}</code> {v.message}
            </li>
          ))}
        </ul>
      )}
      {/* The backend usually folds the issues into its message already; list only what it left out. */}
      {extra.length > 0 && (
        <ul>
          {extra.map((i) => (
            <li key={`${i.path}:${i.message}`}>
              {i.path && <code>{i.path}</code>} {i.message}
            </li>
          ))}
        </ul>
      )}
      {feedback.hint && <p className="write-hint">{feedback.hint}</p>}
      {retry && (
        <button type="button" data-testid="write-retry" onClick={() => retry()}>
          Retry the same change
        </button>
      )}
    </div>
  );
}
