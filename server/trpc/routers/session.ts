import type { SessionInfo } from '../../../shared/console-api.js';
import { OperatorProfileInput } from '../../../shared/controls-api.js';
import type { RequestContext } from '../../app-services.js';
import { publicProcedure, router } from '../trpc.js';

function sessionInfo(ctx: RequestContext, operator = ctx.operator): SessionInfo {
  return {
    ...ctx.app.session,
    operator: operator.name,
    role: operator.role,
    regions: operator.regions === null ? null : [...operator.regions],
    canEditProfile: ctx.canEditProfile,
  };
}

export const sessionRouter = router({
  get: publicProcedure.query(({ ctx }) => sessionInfo(ctx)),
  /** Settings → profile: desktop and launch-secret sessions only; answers the session as it now is. */
  setProfile: publicProcedure.input(OperatorProfileInput).mutation(async ({ ctx, input }) => {
    const profile = await ctx.app.profile.set(ctx.operator, ctx.canEditProfile, input);
    return sessionInfo(ctx, profile);
  }),
});
