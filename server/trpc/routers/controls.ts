import { SetDegradationInput, SetFlagInput, SetTrafficInput } from '../../../shared/console-api.js';
import { publicProcedure, router } from '../trpc.js';

export const controlsRouter = router({
  get: publicProcedure.query(({ ctx }) => ctx.app.overview.controls()),
  setFlag: publicProcedure.input(SetFlagInput).mutation(({ ctx, input }) => ctx.app.controls.setFlag(ctx.operator, input)),
  setDegradation: publicProcedure.input(SetDegradationInput).mutation(({ ctx, input }) => ctx.app.controls.setDegradation(ctx.operator, input)),
  setTraffic: publicProcedure.input(SetTrafficInput).mutation(({ ctx, input }) => ctx.app.controls.setTraffic(ctx.operator, input)),
});
