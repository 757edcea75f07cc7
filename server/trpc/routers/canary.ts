import { CanaryActInput } from '../../../shared/console-api.js';
import { publicProcedure, router } from '../trpc.js';

export const canaryRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.app.overview.canaries()),
  act: publicProcedure.input(CanaryActInput).mutation(({ ctx, input }) => ctx.app.controls.actOnCanary(ctx.operator, input)),
});
