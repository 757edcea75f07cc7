// Calendar budgets are per calendar month in UTC: the period contracts and finance reviews use, the same
// for every region, so regions can be compared side by side.

/** Start of the UTC calendar month containing `t`. */
export function monthStartUtc(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** Start of the UTC calendar month after the one containing `t`. */
export function nextMonthStartUtc(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}
