import type { SourceStatus } from '../../../shared/console-api.js';
import { formatAgeCoarse } from '../time/format-age.js';
import { formatMoment } from '../time/format-clock.js';

export type BannerLevel = 'offline' | 'stale';

export interface BannerLine {
  level: BannerLevel;
  sourceIds: string[];
  text: string;
}

export interface Banner {
  /** The worst level among the lines: offline (red) outranks stale (amber). */
  level: BannerLevel;
  lines: BannerLine[];
}

function oldest(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.min(...known);
}

/**
 * One line per region and state, so a region that is entirely down reads as one sentence
 * ("eu-west (health, sli, kpi)") instead of five. The age is of the oldest data shown, because that is
 * the worst thing on screen.
 */
export function deriveBanner(sources: readonly SourceStatus[], now: number, timeZone?: string): Banner | null {
  const groups = new Map<string, SourceStatus[]>();
  for (const s of sources) {
    if (s.state !== 'offline' && s.state !== 'stale') continue;
    const key = `${s.state}|${s.region}`;
    const group = groups.get(key) ?? [];
    group.push(s);
    groups.set(key, group);
  }
  if (groups.size === 0) return null;

  const lines: BannerLine[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const level: BannerLevel = first.state === 'offline' ? 'offline' : 'stale';
    const sorted = [...group].sort((a, b) => a.id.localeCompare(b.id));
    const label = sorted.length === 1 ? first.id : `${first.region} (${sorted.map((s) => s.feed).join(', ')})`;
    const since = oldest(sorted.map((s) => s.lastSuccessAt));
    const cached =
      since === null
        ? 'no cached data yet'
        : `showing cached data from ${formatAgeCoarse(since, now)}`;
    const when = since === null ? '' : ` since ${formatMoment(since, now, timeZone)}`;
    const text =
      level === 'offline'
        ? `Platform unreachable for ${label}${when} — ${cached}`
        : `Data for ${label} is stale${when} — ${cached}`;
    lines.push({ level, sourceIds: sorted.map((s) => s.id), text });
  }
  lines.sort((a, b) =>
    a.level === b.level ? (a.sourceIds[0] ?? '').localeCompare(b.sourceIds[0] ?? '') : a.level === 'offline' ? -1 : 1,
  );
  return { level: lines.some((l) => l.level === 'offline') ? 'offline' : 'stale', lines };
}
