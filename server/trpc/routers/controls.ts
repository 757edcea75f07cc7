import { SetDegradationInput, SetFlagInput } from '../../../shared/console-api.js';
import {
  ApplyTrafficInput,
  DegradationEffectInput,
  ExportFlagdInput,
  ImportFlagdInput,
  PreviewTrafficInput,
  RevertTrafficInput,
  SetDegradationEverywhereInput,
  SetFlagEverywhereInput,
} from '../../../shared/controls-api.js';
import { publicProcedure, router } from '../trpc.js';

export const controlsRouter = router({
  get: publicProcedure.query(({ ctx }) => {
    const view = ctx.app.overview.controls();
    return { ...view, traffic: view.traffic && { ...view.traffic, knownGood: ctx.app.traffic.knownGood() } };
  }),
  setFlag: publicProcedure.input(SetFlagInput).mutation(({ ctx, input }) => ctx.app.controls.setFlag(ctx.operator, input)),
  setFlagEverywhere: publicProcedure.input(SetFlagEverywhereInput).mutation(({ ctx, input }) => ctx.app.controls.setFlagEverywhere(ctx.operator, input)),
  setDegradation: publicProcedure.input(SetDegradationInput).mutation(({ ctx, input }) => ctx.app.controls.setDegradation(ctx.operator, input)),
  setDegradationEverywhere: publicProcedure
    .input(SetDegradationEverywhereInput)
    .mutation(({ ctx, input }) => ctx.app.controls.setDegradationEverywhere(ctx.operator, input)),
  degradationEffect: publicProcedure.input(DegradationEffectInput).query(({ ctx, input }) => ctx.app.degradationEffect.effect(input.region)),
  previewTraffic: publicProcedure.input(PreviewTrafficInput).query(({ ctx, input }) => ctx.app.traffic.preview(input.weights)),
  setTraffic: publicProcedure.input(ApplyTrafficInput).mutation(({ ctx, input }) => ctx.app.traffic.apply(ctx.operator, input)),
  revertTraffic: publicProcedure.input(RevertTrafficInput).mutation(({ ctx, input }) => ctx.app.traffic.revert(ctx.operator, input)),
  exportFlagd: publicProcedure.input(ExportFlagdInput).query(({ ctx, input }) => ctx.app.flagd.export(input.region)),
  importFlagd: publicProcedure.input(ImportFlagdInput).mutation(({ ctx, input }) => ctx.app.flagd.import(ctx.operator, input)),
});
