import { HealthSeriesInput } from '../../../shared/console-api.js';
import { seriesKey } from '../../store/series-store.js';
import { publicProcedure, router } from '../trpc.js';

export const healthRouter = router({
  series: publicProcedure
    .input(HealthSeriesInput)
    .query(({ ctx, input }) => ctx.app.series.gauge(seriesKey(input.region, input.service, input.metric), input)),
});
