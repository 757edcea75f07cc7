import { describe, expect, it } from 'vitest';
import { formatClock, formatDateTime, formatMoment, zoneLabel } from './format-clock.js';

// 2025-01-05T17:04:05Z
const AT = Date.UTC(2025, 0, 5, 17, 4, 5);

describe('formatClock', () => {
  it('formats 24-hour time in the given zone', () => {
    expect(formatClock(AT, 'UTC')).toBe('17:04:05');
    expect(formatClock(AT, 'UTC', false)).toBe('17:04');
    expect(formatClock(AT, 'Asia/Singapore', false)).toBe('01:04');
  });
});

describe('formatMoment', () => {
  it('drops the date for recent times and keeps it for old ones', () => {
    expect(formatMoment(AT, AT + 60_000, 'UTC')).toBe('17:04');
    expect(formatMoment(AT, AT + 2 * 86_400_000, 'UTC')).toBe(formatDateTime(AT, 'UTC'));
    expect(formatDateTime(AT, 'UTC')).toContain('Jan');
  });
});

describe('zoneLabel', () => {
  it('names the zone', () => {
    expect(zoneLabel(AT, 'Asia/Singapore')).toBe('GMT+8');
  });
});
