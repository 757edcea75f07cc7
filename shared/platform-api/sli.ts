import { z } from 'zod';
import { Id } from './common.js';
import { Counts, MinuteRange, minutesIn } from './minute-batch.js';

export const SliKind = z.enum(['availability', 'latency']);
export type SliKind = z.infer<typeof SliKind>;

export const SliSeries = z
  .object({ service: Id, sli: SliKind, good: Counts, total: Counts })
  .refine((s) => s.good.length === s.total.length, 'good and total must have the same length')
  .refine((s) => s.good.every((g, i) => g <= (s.total[i] ?? 0)), 'good events cannot exceed total events');

/**
 * GET {region}/v1/sli?from=&to=  — good and total events per minute.
 * availability: good = requests answered without a server error; latency: good = answered within the
 * service's latency threshold (300 ms for most services, 1 s for checkout and payments).
 */
export const SliBatch = z
  .object({ region: Id, range: MinuteRange, series: z.array(SliSeries) })
  .refine((b) => b.series.every((s) => s.total.length === minutesIn(b.range)), 'each series needs one value per minute of the range');
export type SliBatch = z.infer<typeof SliBatch>;
