import { create } from 'zustand';
import type { SloDetail } from '../../../shared/slo-api.js';
import { api } from '../api/client.js';
import type { ApiError } from '../api/api-error.js';
import { call } from '../api/call.js';
import { coalesce } from './coalesce.js';
import { registerSloPart } from './slo-sync.js';

export interface DetailRequest {
  id: string;
  /** The charts end now and span this long. */
  rangeMs: number;
  /** About one point per pixel of chart width. */
  maxPoints: number;
  /** A valid what-if objective (fraction), or null for none. */
  whatIf: number | null;
}

interface SloDetailState {
  request: DetailRequest | null;
  detail: SloDetail | null;
  /** The request `detail` answers; the what-if figure is current only when its objective matches. */
  answered: DetailRequest | null;
  receivedAt: number | null;
  error: ApiError | null;
  /** The error was for a request carrying a what-if objective: shown beside that input. */
  errorWithWhatIf: boolean;
}

export const useSloDetail = create<SloDetailState>()(() => ({
  request: null,
  detail: null,
  answered: null,
  receivedAt: null,
  error: null,
  errorWithWhatIf: false,
}));

function same(a: DetailRequest | null, b: DetailRequest | null): boolean {
  return a !== null && b !== null && a.id === b.id && a.rangeMs === b.rangeMs && a.maxPoints === b.maxPoints && a.whatIf === b.whatIf;
}

export const loadSloDetail = coalesce(async () => {
  const request = useSloDetail.getState().request;
  if (!request) return;
  registerSloPart('detail', loadSloDetail);
  const to = Date.now();
  const input = {
    id: request.id,
    from: Math.max(0, to - request.rangeMs),
    to,
    maxPoints: request.maxPoints,
    ...(request.whatIf !== null ? { whatIfObjective: request.whatIf } : {}),
  };
  const r = await call(() => api.slo.detail.query(input));
  // The operator moved on while this loaded; the coalesced loop fetches the newer request next.
  if (!same(useSloDetail.getState().request, request)) return;
  if (r.ok) useSloDetail.setState({ detail: r.value, answered: request, receivedAt: Date.now(), error: null, errorWithWhatIf: false });
  else useSloDetail.setState({ error: r.error, errorWithWhatIf: request.whatIf !== null });
});

/** Shows one SLO; another SLO's data is cleared at once rather than shown under this one's title. */
export function showSloDetail(request: DetailRequest): void {
  const s = useSloDetail.getState();
  if (same(s.request, request)) return;
  const otherSlo = s.request?.id !== request.id;
  useSloDetail.setState(
    otherSlo ? { request, detail: null, answered: null, receivedAt: null, error: null, errorWithWhatIf: false } : { request },
  );
  void loadSloDetail();
}

/** Leaving the detail stops its refetch on live ticks (the request is what the loader reads). */
export function closeSloDetail(): void {
  useSloDetail.setState({ request: null });
}
