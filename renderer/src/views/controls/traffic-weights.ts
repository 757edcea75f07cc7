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
