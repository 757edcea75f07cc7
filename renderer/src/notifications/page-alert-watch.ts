// Notices page-severity alert episodes as they open, on whatever page the operator is, and tells them once:
// an OS notification (web Notification API, in a browser and in Electron alike) and an in-app toast.
import type { AlertEpisode } from '../../../shared/slo-api.js';
import { hrefFor } from '../routing/routes.js';
import { loadSloAlerts, useSloAlerts } from '../stores/slo-alerts-store.js';
import { useSlos } from '../stores/slo-store.js';
import { episodeKey, pageEpisodesToNotify } from './episode-dedupe.js';
import { pageAlertText, type SloName } from './page-alert-text.js';
import { readSeen, writeSeen } from './seen-episodes.js';
import { pushPageToast, type PageToast } from './toast-store.js';

export function openSlo(sloId: string): void {
  window.location.hash = hrefFor('slos', sloId);
}

function knownName(sloId: string): SloName | null {
  const e = useSlos.getState().evaluations?.find((x) => x.id === sloId);
  return e ? { service: e.definition.service, sli: e.definition.sli, region: e.definition.region } : null;
}

function showOsNotification(toast: PageToast): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  try {
    // The tag makes a second window's copy replace this one instead of stacking.
    const n = new Notification(toast.title, { body: toast.body, tag: toast.key, requireInteraction: true, icon: '/favicon.svg' });
    n.onclick = () => {
      window.focus();
      openSlo(toast.sloId);
      n.close();
    };
  } catch {
    // Some platforms allow notifications from service workers only; the toast still shows.
  }
}

function handle(episodes: readonly AlertEpisode[]): void {
  const { notify, seen } = pageEpisodesToNotify(episodes, readSeen());
  writeSeen(seen);
  for (const episode of notify) {
    const text = pageAlertText(episode, knownName(episode.sloId));
    const toast: PageToast = { key: episodeKey(episode), sloId: episode.sloId, episodeId: episode.id, ...text };
    pushPageToast(toast);
    showOsNotification(toast);
  }
}

/** Starts at launch; refreshed with the other SLO stores on every live tick that changed SLI data. */
export function startPageAlertWatch(): () => void {
  const stop = useSloAlerts.subscribe((s, prev) => {
    if (s.episodes && s.episodes !== prev.episodes) handle(s.episodes);
  });
  // Not in the start-up batch: the overview's answer would wait for this one, and a page noticed a second
  // later costs nothing.
  const first = setTimeout(() => void loadSloAlerts(), 1_000);
  return () => {
    clearTimeout(first);
    stop();
  };
}
