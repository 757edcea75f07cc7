import type { AlertEpisode } from '../../../shared/slo-api.js';
import { formatClock } from '../time/format-clock.js';

export interface SloName {
  service: string;
  sli: string;
  region: string;
}

/** Built-in SLO ids are `region.service.sli`; imported ones are named by the list when it is loaded. */
export function sloName(sloId: string, known: SloName | null): string {
  if (known) return `${known.service} ${known.sli} in ${known.region}`;
  const parts = sloId.split('.');
  const [region, service, sli] = parts;
  return parts.length === 3 && region && service && sli ? `${service} ${sli} in ${region}` : sloId;
}

export interface PageAlertText {
  title: string;
  body: string;
}

export function pageAlertText(episode: AlertEpisode, known: SloName | null): PageAlertText {
  const burn = Number.isFinite(episode.peakBurnRate) ? `${episode.peakBurnRate.toFixed(1)}×` : 'fast';
  return {
    title: `Page: ${sloName(episode.sloId, known)}`,
    body: `Error budget burning at ${burn} since ${formatClock(episode.startedAt, undefined, false)}. Open the SLO to see why.`,
  };
}
