import { on } from 'node:events';
import type { LiveTick } from '../../../shared/console-api.js';
import { publicProcedure, router } from '../trpc.js';

export const liveRouter = router({
  /** One event per change of cached data; the renderer refetches only the feeds named in `changed`. */
  onTick: publicProcedure.subscription(async function* ({ ctx, signal }) {
    for await (const [tick] of on(ctx.app.live, 'tick', { signal })) yield tick as LiveTick;
  }),
});
