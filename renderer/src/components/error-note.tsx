import type { ApiError } from '../api/api-error.js';

/** A failed load, said plainly, with the way out. Data already on screen stays. */
export function ErrorNote({ error, onRetry }: { error: ApiError | null; onRetry?: () => void }) {
  if (!error) return null;
  return (
    <p className="error-note" role="status">
      {error.message}
      {onRetry && (
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </p>
  );
}
