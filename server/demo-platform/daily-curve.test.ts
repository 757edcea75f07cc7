import { describe, expect, it } from 'vitest';
import { dailyDemandShare } from './daily-curve.js';
import { localHourOfDay, localDayOfWeek } from './local-time.js';

describe('daily demand curve', () => {
  it('is lowest at 04:00, highest at 20:00, and smooth in between', () => {
    const hours = Array.from({ length: 24 * 60 }, (_, m) => m / 60);
    const shares = hours.map(dailyDemandShare);
    expect(hours[shares.indexOf(Math.min(...shares))]).toBe(4);
    expect(hours[shares.indexOf(Math.max(...shares))]).toBe(20);
    expect(Math.max(...shares.map((s, i) => Math.abs(s - (shares[i - 1] ?? s))))).toBeLessThan(0.01);
  });

  it('wraps around midnight', () => {
    expect(dailyDemandShare(0)).toBeCloseTo(dailyDemandShare(24));
  });
});

describe('local time', () => {
  it('follows each zone, including daylight saving', () => {
    expect(localHourOfDay('Asia/Singapore', Date.UTC(2025, 0, 15, 12, 30))).toBe(20.5);
    expect(localHourOfDay('America/New_York', Date.UTC(2025, 0, 15, 12))).toBe(7);
    expect(localHourOfDay('America/New_York', Date.UTC(2025, 6, 15, 12))).toBe(8);
    expect(localHourOfDay('Europe/Dublin', Date.UTC(2025, 6, 15, 12))).toBe(13);
    expect(localDayOfWeek('Asia/Singapore', Date.UTC(2025, 2, 15, 20))).toBe(0); // Sunday 04:00 local
  });
});
