import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { TimeRangeInput } from '../../../shared/console-api.js';
import { SloAlertsInput, SloDetailInput, SloImportInput, SloListInput } from '../../../shared/slo-api.js';
import { publicProcedure, router } from '../trpc.js';

const notFound = (id: string) => new TRPCError({ code: 'NOT_FOUND', message: `no SLO "${id}"` });

export const sloRouter = router({
  /** The overview's shape (SloStatus[]), kept for older renderers. */
  list: publicProcedure.query(({ ctx }) => ctx.app.slos.list()),
  /** Every SLO's evaluation, least budget left first. */
  evaluations: publicProcedure.input(SloListInput).query(({ ctx, input }) => ctx.app.slos.evaluations(input)),
  detail: publicProcedure.input(SloDetailInput).query(({ ctx, input }) => {
    if (input.to <= input.from) throw new TRPCError({ code: 'BAD_REQUEST', message: 'to: the end of the range must be after its start' });
    const detail = ctx.app.slos.detail(input.id, input);
    if (!detail) throw notFound(input.id);
    return detail;
  }),
  /** Alert episodes, newest first; a page episode's id is what a desktop notification is deduplicated by. */
  alerts: publicProcedure.input(SloAlertsInput).query(({ ctx, input }) => ctx.app.slos.alerts(input.id, input.limit)),
  definitions: publicProcedure.query(({ ctx }) => ctx.app.slos.definitions()),
  import: publicProcedure.input(SloImportInput).mutation(({ ctx, input }) => {
    // Anyone may preview an import; storing definitions changes what pages the on-call rotation.
    if (!input.dryRun && ctx.operator.role === 'viewer') throw new TRPCError({ code: 'FORBIDDEN', message: 'a viewer may preview an SLO import (dry run) but not apply it' });
    const scoped = ctx.operator.regions;
    if (!input.dryRun && scoped && !scoped.includes(input.region)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `you may import SLOs for ${scoped.join(', ')} only, not ${input.region}` });
    }
    return ctx.app.slos.import(input);
  }),
  exportDefinitions: publicProcedure.query(({ ctx }) => ctx.app.slos.exportDefinitions()),
  /** Raw SLI (good/total per minute) of one SLO, downsampled. */
  series: publicProcedure.input(TimeRangeInput.and(z.object({ id: z.string().min(1).max(200) }))).query(({ ctx, input }) => {
    const keys = ctx.app.slos.seriesKeys(input.id);
    if (!keys) throw notFound(input.id);
    return ctx.app.series.ratio(keys.good, keys.total, input);
  }),
});
