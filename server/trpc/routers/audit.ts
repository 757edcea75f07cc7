import { AuditExportInput, AuditListInput } from '../../../shared/controls-api.js';
import { publicProcedure, router } from '../trpc.js';

export const auditRouter = router({
  list: publicProcedure.input(AuditListInput).query(({ ctx, input }) => ctx.app.audit.list(ctx.operator, input)),
  export: publicProcedure.input(AuditExportInput).query(({ ctx, input }) => ctx.app.audit.export(ctx.operator, input)),
  verify: publicProcedure.query(({ ctx }) => ctx.app.audit.verify(ctx.operator)),
});
