// The traffic form as typed. Text is parsed here (what counts as a whole percentage in an input box); the
// rules about the split itself are the shared ones the backend applies too, so the messages match.
import { trafficWeightProblems } from '../../../../shared/domain/traffic-weights.js';

export type TrafficDraft = Record<string, string>;

export type TrafficValidation =
  | { ok: true; weights: Record<string, number>; sum: 100 }
  | {
      ok: false;
      /** Sum of the entries that are valid numbers, null when none are. */
      sum: number | null;
      /** Per region: what is wrong with its text. */
      fieldErrors: Record<string, string>;
      /** One sentence for the whole form, shown beside Apply. */
      message: string;
    };

function parseWeight(raw: string): { value: number } | { error: string } {
  const text = raw.trim();
  if (text === '') return { error: 'enter a whole percentage from 0 to 100' };
  if (/^-\d+(\.\d+)?$/.test(text)) return { error: 'a weight cannot be negative' };
  if (/^\d+\.\d+$/.test(text)) return { error: 'use whole percentages' };
  // Only plain digits: "1e2", "0x64" or "NaN" may be numbers to JavaScript but not to an operator.
  if (!/^\d+$/.test(text)) return { error: 'enter a whole percentage from 0 to 100' };
  const value = Number(text);
  if (value > 100) return { error: 'a weight cannot exceed 100' };
  return { value };
}

export function validateTrafficDraft(draft: TrafficDraft, regions: readonly string[]): TrafficValidation {
  const fieldErrors: Record<string, string> = {};
  const weights: Record<string, number> = {};
  for (const [region, raw] of Object.entries(draft)) {
    const parsed = parseWeight(raw);
    if ('error' in parsed) fieldErrors[region] = parsed.error;
    else weights[region] = parsed.value;
  }
  const values = Object.values(weights);
  const sum = values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
  const [firstBad] = Object.keys(fieldErrors);
  if (firstBad !== undefined) {
    return { ok: false, sum, fieldErrors, message: `${firstBad}: ${fieldErrors[firstBad] ?? ''}` };
  }
  const [problem] = trafficWeightProblems(weights, regions);
  if (problem !== undefined) return { ok: false, sum, fieldErrors, message: problem };
  return { ok: true, weights, sum: 100 };
}

/** The draft an unedited form starts from. */
export function draftFromWeights(weights: Record<string, number>): TrafficDraft {
  return Object.fromEntries(Object.entries(weights).map(([region, w]) => [region, String(w)]));
}

export function sameWeights(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

// ---- slider and number input, kept in step ------------------------------------------------------------
// The number input holds the operator's text (it may be half-typed or wrong, and its error shows); the slider
// can only show a number, so it shows the text's value clamped to 0..100, and 0 while the text is not a number.

/** Position of a region's slider for the text in its number input. */
export function sliderValue(raw: string): number {
  const text = raw.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return 0;
  return Math.min(100, Math.max(0, Math.round(Number(text))));
}

/** Text for the number input after the slider moved (range inputs report strings). */
export function textFromSlider(value: string): string {
  const n = Number(value);
  return String(Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : 0);
}

/** The draft with one region's text replaced. */
export function withWeight(draft: TrafficDraft, region: string, text: string): TrafficDraft {
  return { ...draft, [region]: text };
}

/** Points of traffic that change hands: the sum of the increases (equal to the decreases when both sum to 100). */
export function pointsMoved(before: Record<string, number>, after: Record<string, number>): number {
  const regions = new Set([...Object.keys(before), ...Object.keys(after)]);
  let up = 0;
  for (const r of regions) up += Math.max(0, (after[r] ?? 0) - (before[r] ?? 0));
  return up;
}

/** "us-east 34% → 44%, eu-west 33% → 13%" — regions whose weight changes, in the given order. */
export function weightChangeText(before: Record<string, number>, after: Record<string, number>, regions: readonly string[]): string {
  const parts = regions.filter((r) => (before[r] ?? 0) !== (after[r] ?? 0)).map((r) => `${r} ${before[r] ?? 0}% → ${after[r] ?? 0}%`);
  return parts.length === 0 ? 'no change' : parts.join(', ');
}

export function drainedRegions(weights: Record<string, number>, regions: readonly string[]): string[] {
  return regions.filter((r) => weights[r] === 0);
}

/** The minutes of a temporary shift as typed; null when it is not a whole number from 1 to 1440. */
export function parseExpiryMinutes(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 24 * 60 ? n : null;
}
