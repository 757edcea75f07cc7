import { describe, expect, it } from 'vitest';
import { SAFETY_RULES } from '../../../shared/controls-api.js';
import { toApiError } from './api-error.js';
import { parseSafetyRefusal, parseViolations, ruleNames } from './safety-refusal.js';

// Shaped like TRPCClientError: an Error with the server's formatted `data`.
function trpcError(message: string, data: unknown): Error {
  return Object.assign(new Error(message), { data });
}

describe('parseSafetyRefusal', () => {
  it('reads the rules that refused a change', () => {
    const data = {
      code: 'PRECONDITION_FAILED',
      safety: {
        violations: [
          { rule: 'min-regions-with-traffic', message: 'at least 2 regions must keep traffic (this leaves 1: us-east)' },
          { rule: 'max-points-per-change', message: 'at most 25 points may move in one change (this moves 66)' },
        ],
        confirmationRequired: null,
      },
    };
    const refusal = parseSafetyRefusal(data);
    expect(refusal?.violations.map((v) => v.rule)).toEqual(['min-regions-with-traffic', 'max-points-per-change']);
    expect(refusal?.confirmationRequired).toBeNull();
    expect(ruleNames(refusal?.violations ?? [])).toBe('min-regions-with-traffic, max-points-per-change');
  });

  it('reads a missing typed confirmation', () => {
    expect(parseSafetyRefusal({ safety: { violations: [], confirmationRequired: 'eu-west' } })).toEqual({
      violations: [],
      confirmationRequired: 'eu-west',
    });
  });

  it('keeps rules it does not know yet and skips junk', () => {
    expect(parseViolations([{ rule: 'future-rule' }, { message: 'no rule' }, 3, null, { rule: '' }])).toEqual([
      { rule: 'future-rule', message: 'future-rule' },
    ]);
  });

  it('is null without a safety detail', () => {
    expect(parseSafetyRefusal({ code: 'FORBIDDEN' })).toBeNull();
    expect(parseSafetyRefusal(null)).toBeNull();
    expect(parseSafetyRefusal({ safety: { violations: 'x', confirmationRequired: 5 } })).toBeNull();
  });

  it('arrives on the ApiError of a refused TRPCClientError', () => {
    const e = toApiError(
      trpcError('refused by min-regions-with-traffic', {
        code: 'PRECONDITION_FAILED',
        httpStatus: 412,
        safety: { violations: [{ rule: SAFETY_RULES[0], message: 'keep 2' }], confirmationRequired: 'ap-southeast' },
      }),
    );
    expect(e.code).toBe('PRECONDITION_FAILED');
    expect(e.safety).toEqual({ violations: [{ rule: 'min-regions-with-traffic', message: 'keep 2' }], confirmationRequired: 'ap-southeast' });
  });
});
