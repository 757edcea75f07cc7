import { describe, expect, it } from 'vitest';
import { AUDIT_RESULTS } from '../../../../shared/controls-api.js';
import { AUDIT_RESULT_OPTIONS, EMPTY_AUDIT_FILTER, parseLocalDateTime, toAuditFilter } from './audit-filters.js';

describe('toAuditFilter', () => {
  it('sends nothing for an empty form', () => {
    expect(toAuditFilter(EMPTY_AUDIT_FILTER)).toEqual({ ok: true, filter: {} });
  });

  it('trims text, drops empty fields and keeps what is set', () => {
    const r = toAuditFilter({ ...EMPTY_AUDIT_FILTER, actor: ' ana ', action: 'traffic.set', target: '  ', result: 'refused', overrideOnly: true });
    expect(r).toEqual({ ok: true, filter: { actor: 'ana', action: 'traffic.set', result: 'refused', overrideOnly: true } });
  });

  it('turns local times into epoch ms, the end inclusive of its minute', () => {
    const r = toAuditFilter({ ...EMPTY_AUDIT_FILTER, from: '2025-01-05T17:00', to: '2025-01-05T17:05' });
    expect(r).toEqual({
      ok: true,
      filter: { from: new Date(2025, 0, 5, 17, 0).getTime(), to: new Date(2025, 0, 5, 17, 5).getTime() + 59_999 },
    });
  });

  it('names the field that is wrong', () => {
    expect(toAuditFilter({ ...EMPTY_AUDIT_FILTER, from: 'yesterday' })).toEqual({ ok: false, problems: { from: 'enter a date and time' } });
    expect(toAuditFilter({ ...EMPTY_AUDIT_FILTER, from: '2025-01-05T18:00', to: '2025-01-05T17:00' })).toEqual({
      ok: false,
      problems: { to: 'the end must be after the start' },
    });
  });

  it('uses the injected parser (time zone independent)', () => {
    const r = toAuditFilter({ ...EMPTY_AUDIT_FILTER, from: 'x', to: 'y' }, (v) => (v === 'x' ? 1000 : 2000));
    expect(r).toEqual({ ok: true, filter: { from: 1000, to: 61_999 } });
  });

  it('offers every result the contract knows', () => {
    expect([...AUDIT_RESULT_OPTIONS]).toEqual([...AUDIT_RESULTS]);
  });
});

describe('parseLocalDateTime', () => {
  it('reads datetime-local values, with or without seconds', () => {
    expect(parseLocalDateTime('2025-01-05T17:02')).toBe(new Date(2025, 0, 5, 17, 2).getTime());
    expect(parseLocalDateTime('2025-01-05T17:02:30')).toBe(new Date(2025, 0, 5, 17, 2, 30).getTime());
    expect(parseLocalDateTime('2025-01-05')).toBeNull();
  });
});
