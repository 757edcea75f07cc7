import { create } from 'zustand';
import type { SloEvaluation } from '../../../shared/slo-api.js';
import { api } from '../api/client.js';
import type { ApiError } from '../api/api-error.js';
import { call } from '../api/call.js';
import { coalesce } from './coalesce.js';
import { registerSloPart } from './slo-sync.js';

interface SloState {
  /** Every SLO in every region; the list filters on the client so a filter change needs no request. */
  evaluations: SloEvaluation[] | null;
  receivedAt: number | null;
  error: ApiError | null;
}

export const useSlos = create<SloState>()(() => ({ evaluations: null, receivedAt: null, error: null }));

export const loadSlos = coalesce(async () => {
  registerSloPart('list', loadSlos);
  const r = await call(() => api.slo.evaluations.query({}));
  useSlos.setState(r.ok ? { evaluations: r.value, receivedAt: Date.now(), error: null } : { error: r.error });
});
