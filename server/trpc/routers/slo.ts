import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { TimeRangeInput } from '../../../shared/console-api.js';
import { sliKey } from '../../feeds/sources/minute-sources.js';
import { publicProcedure, router } from '../trpc.js';

export const sloRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.app.slos.list()),
  series: publicProcedure.input(TimeRangeInput.and(z.object({ id: z.string().min(1).max(200) }))).query(({ ctx, input }) => {
    const slo = ctx.app.slos.definition(input.id);
    if (!slo) throw new TRPCError({ code: 'NOT_FOUND', message: `no SLO "${input.id}"` });
    return ctx.app.series.ratio(sliKey(slo.region, slo.service, slo.sli, 'good'), sliKey(slo.region, slo.service, slo.sli, 'total'), input);
  }),
});
