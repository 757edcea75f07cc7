import { useWrites } from './writes-store.js';

/** The outcome of the last write of one control, shown next to it. */
export function WriteFeedback({ target }: { target: string }) {
  const feedback = useWrites((s) => s.feedback[target]);
  const pending = useWrites((s) => target in s.inFlight);
  if (pending) return <p className="write-pending" role="status">Applying…</p>;
  if (!feedback) return null;
  if (feedback.kind === 'conflict') {
    return (
      <p className="write-conflict" role="alert" data-testid="control-conflict">
        {feedback.message}
      </p>
    );
  }
  const extra = feedback.issues.filter((i) => !feedback.message.includes(i.message));
  return (
    <div className="write-error" role="alert" data-testid="control-error">
      <p>{feedback.message}</p>
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
    </div>
  );
}
