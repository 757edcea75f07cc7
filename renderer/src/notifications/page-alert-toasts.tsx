import '../styles/notifications.css';
import { hrefFor } from '../routing/routes.js';
import { dismissPageToast, usePageToasts } from './toast-store.js';

/** The in-app copy of every page notification, on every page, until dismissed. */
export function PageAlertToasts() {
  const toasts = usePageToasts((s) => s.toasts);
  if (toasts.length === 0) return null;
  return (
    <ul className="page-toasts" aria-label="Page alerts">
      {toasts.map((t) => (
        <li key={t.key} className="page-toast" role="alert" data-testid="slo-page-toast" data-slo-id={t.sloId} data-episode-id={t.episodeId}>
          <p className="page-toast-title">{t.title}</p>
          <p className="page-toast-body">{t.body}</p>
          <div className="page-toast-actions">
            <a href={hrefFor('slos', t.sloId)} onClick={() => dismissPageToast(t.key)} data-testid="slo-page-toast-open">
              Open SLO
            </a>
            <button type="button" onClick={() => dismissPageToast(t.key)}>
              Dismiss
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
