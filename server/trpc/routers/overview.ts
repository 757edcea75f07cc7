import { publicProcedure, router } from '../trpc.js';

export const overviewRouter = router({
  get: publicProcedure.query(({ ctx }) => ctx.app.overview.overview()),
});

export const sourcesRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.app.sources()),
});
