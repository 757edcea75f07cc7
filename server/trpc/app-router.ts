import { auditRouter } from './routers/audit.js';
import { canaryRouter } from './routers/canary.js';
import { controlsRouter } from './routers/controls.js';
import { healthRouter } from './routers/health.js';
import { kpiRouter } from './routers/kpi.js';
import { liveRouter } from './routers/live.js';
import { overviewRouter, sourcesRouter } from './routers/overview.js';
import { sessionRouter } from './routers/session.js';
import { sloRouter } from './routers/slo.js';
import { router } from './trpc.js';

export const appRouter = router({
  session: sessionRouter,
  overview: overviewRouter,
  sources: sourcesRouter,
  health: healthRouter,
  slo: sloRouter,
  kpi: kpiRouter,
  canary: canaryRouter,
  controls: controlsRouter,
  audit: auditRouter,
  live: liveRouter,
});

export type AppRouter = typeof appRouter;
