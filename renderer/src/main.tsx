import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { startPageAlertWatch } from './notifications/page-alert-watch.js';
import { loadOverview } from './stores/overview-store.js';
import { loadSession } from './stores/session-store.js';
import { startLive } from './stores/live.js';
import { startSourceWatch } from './stores/source-watch.js';
import { startClock } from './time/clock.js';

// Requests start before React renders: session and the cached overview go out together in one batched
// request, so the first data is on screen as soon as the backend answers.
void loadSession();
void loadOverview();
startLive();
startSourceWatch();
// Page alerts are noticed on every page, not only once the SLO page has been opened.
startPageAlertWatch();
startClock();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
