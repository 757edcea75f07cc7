import { create } from 'zustand';
import type { AlertEpisode } from '../../../shared/slo-api.js';
import { api } from '../api/client.js';
import type { ApiError } from '../api/api-error.js';
import { call } from '../api/call.js';
import { coalesce } from './coalesce.js';
import { registerSloPart } from './slo-sync.js';

interface SloAlertsState {
  /** Alert episodes of every SLO, as the backend keeps them (open ones have `endedAt: null`). */
  episodes: AlertEpisode[] | null;
  receivedAt: number | null;
  error: ApiError | null;
}

export const useSloAlerts = create<SloAlertsState>()(() => ({ episodes: null, receivedAt: null, error: null }));

export const loadSloAlerts = coalesce(async () => {
  registerSloPart('alerts', loadSloAlerts);
  const r = await call(() => api.slo.alerts.query({}));
  useSloAlerts.setState(r.ok ? { episodes: r.value, receivedAt: Date.now(), error: null } : { error: r.error });
});
