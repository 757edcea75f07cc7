import { KpiSeriesInput, KpiSummaryInput } from '../../../shared/console-api.js';
import { kpiKey } from '../../feeds/sources/minute-sources.js';
import { publicProcedure, router } from '../trpc.js';

export const kpiRouter = router({
  summary: publicProcedure.input(KpiSummaryInput).query(({ ctx, input }) => ctx.app.kpis.summary(ctx.app.now(), input.windowMs)),
  series: publicProcedure.input(KpiSeriesInput).query(({ ctx, input }) => ctx.app.series.minutes(kpiKey(input.region, input.metric), input)),
});
