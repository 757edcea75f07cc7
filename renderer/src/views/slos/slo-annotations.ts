import type { SloAnnotation } from '../../../../shared/slo-api.js';
import type { ChartAnnotation } from '../../charts/chart-marks.js';
import { CANARY_MARK, OPERATOR_MARK } from '../../charts/palette.js';

const MAX_LABEL = 28;

export function shortLabel(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > MAX_LABEL ? `${t.slice(0, MAX_LABEL - 1)}…` : t;
}

/**
 * Annotations inside the chart's range, oldest first, one per moment and text (a retried write can be
 * reported twice). Labels are shortened for the chart; the list under it carries the full text.
 */
export function chartAnnotations(annotations: readonly SloAnnotation[], from: number, to: number): ChartAnnotation[] {
  const seen = new Set<string>();
  return [...annotations]
    .filter((a) => a.at >= from && a.at <= to)
    .sort((a, b) => a.at - b.at)
    .filter((a) => {
      const key = `${a.at}|${a.kind}|${a.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((a) => ({ at: a.at, label: shortLabel(a.text), colour: a.kind === 'canary' ? CANARY_MARK : OPERATOR_MARK }));
}
