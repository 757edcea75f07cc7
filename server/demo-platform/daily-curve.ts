// Shoppers' daily rhythm: quietest around 04:00 local, busiest around 20:00, smooth at every hour so that
// minute-to-minute charts never show a kink.

const TROUGH_HOUR = 4;
const PEAK_HOUR = 20;
/** Demand at the trough as a share of the evening peak. */
const NIGHT_FLOOR = 0.12;

/** Share (NIGHT_FLOOR..1) of a region's peak demand at a local hour of day. */
export function dailyDemandShare(localHour: number): number {
  const sinceTrough = (((localHour - TROUGH_HOUR) % 24) + 24) % 24;
  const rising = PEAK_HOUR - TROUGH_HOUR;
  const s =
    sinceTrough <= rising
      ? (1 - Math.cos((Math.PI * sinceTrough) / rising)) / 2
      : (1 + Math.cos((Math.PI * (sinceTrough - rising)) / (24 - rising))) / 2;
  return NIGHT_FLOOR + (1 - NIGHT_FLOOR) * s;
}

/** Weekends shop a little more, Mondays a little less: gives week-over-week KPI reviews a shape. */
export function weeklyDemandFactor(dayOfWeek: number): number {
  if (dayOfWeek === 0 || dayOfWeek === 6) return 1.12;
  if (dayOfWeek === 1) return 0.96;
  return 1;
}
