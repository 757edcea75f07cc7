import { z } from 'zod';
import { Id } from './common.js';
import { Counts, MinuteRange, minutesIn } from './minute-batch.js';

export const KPI_COUNTERS = [
  'sessions',
  'productViews',
  'addToCarts',
  'checkoutStarts',
  'orders',
  'revenue',
  'checkoutFailures',
] as const;
export type KpiCounter = (typeof KPI_COUNTERS)[number];

/** 75th percentile of the web-vital samples collected in each minute, in milliseconds. */
export const WEB_VITALS = ['ttfbMs', 'fcpMs', 'lcpMs', 'ttiMs'] as const;
export type WebVital = (typeof WEB_VITALS)[number];

const counterShape = Object.fromEntries(KPI_COUNTERS.map((k) => [k, Counts])) as Record<KpiCounter, typeof Counts>;
const vitalShape = Object.fromEntries(WEB_VITALS.map((k) => [k, Counts])) as Record<WebVital, typeof Counts>;

/** GET {region}/v1/kpis?from=&to=  — business counters per minute (revenue in the region's reporting currency, USD). */
export const KpiBatch = z
  .object({
    region: Id,
    range: MinuteRange,
    counters: z.object(counterShape),
    webVitalsP75: z.object(vitalShape),
  })
  .refine(
    (b) =>
      [...Object.values(b.counters), ...Object.values(b.webVitalsP75)].every((a) => a.length === minutesIn(b.range)),
    'each KPI needs one value per minute of the range',
  );
export type KpiBatch = z.infer<typeof KpiBatch>;
