// Number formats shared by the health matrix, canaries and KPIs. Fixed widths matter more than precision
// when scanning a grid at 3 a.m.

export function formatRps(rps: number): string {
  if (rps >= 10_000) return `${Math.round(rps / 1000)}k rps`;
  if (rps >= 1_000) return `${(rps / 1000).toFixed(1)}k rps`;
  return `${Math.round(rps)} rps`;
}

/** Error ratio 0..1 as a percentage with enough digits to tell 0.01% from 0.1%. */
export function formatErrorRatio(ratio: number): string {
  const pct = ratio * 100;
  if (pct === 0) return '0%';
  if (pct < 0.1) return `${pct.toFixed(3)}%`;
  if (pct < 10) return `${pct.toFixed(2)}%`;
  return `${pct.toFixed(1)}%`;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function formatPercent(ratio: number | null, digits = 1): string {
  return ratio === null ? '—' : `${(ratio * 100).toFixed(digits)}%`;
}

export function formatMoney(amount: number | null): string {
  return amount === null ? '—' : `$${amount.toFixed(2)}`;
}
