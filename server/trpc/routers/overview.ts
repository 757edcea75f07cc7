import { publicProcedure, router } from '../trpc.js';

export const overviewRouter = router({
  get: publicProcedure.query(({ ctx }) => ctx.app.overview.overview()),
});

export const sourcesRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.app.sources()),
});

export const sessionRouter = router({
  get: publicProcedure.query(({ ctx }) => ({ ...ctx.app.session, operator: ctx.operator.name, role: ctx.operator.role, regions: null, canEditProfile: false })),
});
