// The what-if objective is typed as a percentage ("99.5"); the backend takes a fraction strictly between 0
// and 1. Rejecting here, with the reason, keeps a half-typed "99." or "100" from ever reaching it.
export type WhatIfInput = { kind: 'empty' } | { kind: 'ok'; objective: number } | { kind: 'error'; message: string };

export function parseWhatIf(text: string): WhatIfInput {
  const t = text.trim().replace(/%$/, '').trim().replace(',', '.');
  if (t === '') return { kind: 'empty' };
  // Number('') and Number(' ') are 0 and Number('1e2') is 100; only plain decimals are objectives.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) {
    return { kind: 'error', message: `“${text.trim()}” is not a number: enter the objective as a percentage, e.g. 99.5` };
  }
  const pct = Number(t);
  if (!Number.isFinite(pct)) return { kind: 'error', message: 'enter the objective as a percentage, e.g. 99.5' };
  if (pct >= 100) return { kind: 'error', message: `an objective of ${pct}% leaves no error budget: enter less than 100` };
  if (pct <= 0) return { kind: 'error', message: 'the objective must be above 0%' };
  const objective = pct / 100;
  // 99.99999999999999 rounds to 1 as a fraction, which has no budget either.
  if (objective >= 1) return { kind: 'error', message: `an objective of ${pct}% leaves no error budget: enter less than 100` };
  return { kind: 'ok', objective };
}

/** The objective as the input shows it: 0.999 → "99.9". */
export function objectiveText(objective: number): string {
  return String(Number((objective * 100).toFixed(6)));
}
