import { z } from 'zod';
import { MINUTE_MS } from '../topology.js';
import { EpochMs } from './common.js';

/** Minute-aligned [from, to) ranges; arrays in a batch hold one value per minute, oldest first. */
export const MinuteRange = z
  .object({ from: EpochMs, to: EpochMs, stepMs: z.literal(MINUTE_MS) })
  .refine((r) => r.from % MINUTE_MS === 0 && r.to % MINUTE_MS === 0, 'from and to must be whole minutes')
  .refine((r) => r.to > r.from, 'to must be after from')
  .refine((r) => r.to - r.from <= 2 * 24 * 60 * MINUTE_MS, 'at most two days per request');

export const Counts = z.array(z.number().finite().nonnegative());

export function minutesIn(range: { from: number; to: number }): number {
  return (range.to - range.from) / MINUTE_MS;
}
