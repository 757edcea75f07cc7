import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { PageAlertToasts } from './notifications/page-alert-toasts.js';
import { PAGE_TITLES, type Route } from './routing/routes.js';
import { useRoute } from './routing/use-route.js';
import { PageErrorBoundary } from './shell/chunk-error-boundary.js';
import { LaunchLinkNeeded } from './shell/launch-link-needed.js';
import { NavBar } from './shell/nav-bar.js';
import { OfflineBanner } from './shell/offline-banner.js';
import { SkipLink } from './shell/skip-link.js';
import { StatusBar } from './shell/status-bar.js';
import { useConnection } from './stores/connection-store.js';
import { OverviewPage } from './views/overview/overview-page.js';

// Only the overview is in the first chunk: it is what an on-call engineer opens the console for. Chart pages
// bring recharts with them, so they (and the rest) load on first visit.
const SlosPage = lazy(() => import('./views/slos/slos-page.js').then((m) => ({ default: m.SlosPage })));
const CanariesPage = lazy(() => import('./views/canaries/canaries-page.js').then((m) => ({ default: m.CanariesPage })));
const KpisPage = lazy(() => import('./views/kpis/kpis-page.js').then((m) => ({ default: m.KpisPage })));
const ControlsPage = lazy(() => import('./views/controls/controls-page.js').then((m) => ({ default: m.ControlsPage })));
const IncidentsPage = lazy(() => import('./views/incidents/incidents-page.js').then((m) => ({ default: m.IncidentsPage })));
const AuditPage = lazy(() => import('./views/audit/audit-page.js').then((m) => ({ default: m.AuditPage })));
const SettingsPage = lazy(() => import('./views/settings/settings-page.js').then((m) => ({ default: m.SettingsPage })));

const MAIN_ID = 'main-content';

function pageFor(route: Route): ReactNode {
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'slos':
      return <SlosPage selected={route.sub} />;
    case 'canaries':
      return <CanariesPage />;
    case 'kpis':
      return <KpisPage metric={route.sub} />;
    case 'controls':
      return <ControlsPage />;
    case 'incidents':
      return <IncidentsPage />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage />;
    case 'not-found':
      return (
        <div className="page">
          <h1>Nothing at “{route.path}”</h1>
          <p>
            <a href="#/overview">Go to the overview</a>
          </p>
        </div>
      );
  }
}

export function App() {
  const route = useRoute();
  const unauthorized = useConnection((s) => s.unauthorized);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const routeKey = route.page === 'not-found' ? `nf:${route.path}` : route.page;

  useEffect(() => {
    document.title = route.page === 'not-found' ? 'Meridian' : `${PAGE_TITLES[route.page]} — Meridian`;
    // After navigating, keyboard and screen-reader users land on the new page, not back on the nav link.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [routeKey, route.page]);

  if (unauthorized) return <LaunchLinkNeeded />;
  return (
    <div className="app">
      <SkipLink targetId={MAIN_ID} />
      <OfflineBanner />
      <div className="app-body">
        <NavBar route={route} />
        <main id={MAIN_ID} ref={main} tabIndex={-1} className="main">
          <PageErrorBoundary resetKey={routeKey}>
            <Suspense fallback={<p className="loading">Loading…</p>}>{pageFor(route)}</Suspense>
          </PageErrorBoundary>
        </main>
      </div>
      <StatusBar />
      <PageAlertToasts />
    </div>
  );
}
