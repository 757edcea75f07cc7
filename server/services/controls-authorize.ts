import { TRPCError } from '@trpc/server';
import { refusalFor, type ControlAction } from '../../shared/domain/permissions.js';
import type { Operator } from '../app-services.js';

/** The backend's role check: FORBIDDEN with a sentence saying what was refused and whom to ask. */
export function authorize(operator: Operator, action: ControlAction, region?: string): void {
  const refusal = refusalFor(operator, action, region);
  if (refusal !== null) throw new TRPCError({ code: 'FORBIDDEN', message: refusal });
}
