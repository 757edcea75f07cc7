import { describe, expect, it } from 'vitest';
import type { ApiError } from '../api/api-error.js';
import { describeFailure } from './failure-feedback.js';

const error = (code: string | null, extra: Partial<ApiError> = {}): ApiError => ({
  code,
  message: 'the platform said no',
  conflictCurrent: null,
  issues: [],
  safety: null,
  ...extra,
});

describe('describeFailure', () => {
  it('names every refusing rule and says nothing changed', () => {
    const f = describeFailure(
      error('PRECONDITION_FAILED', {
        safety: {
          violations: [
            { rule: 'min-regions-with-traffic', message: 'keep 2' },
            { rule: 'max-points-per-change', message: 'at most 25' },
          ],
          confirmationRequired: null,
        },
      }),
    );
    expect(f.message).toBe('Refused by safety rules min-regions-with-traffic, max-points-per-change. Nothing was changed.');
    expect(f.violations).toHaveLength(2);
    expect(f.hint).toMatch(/break glass/);
    expect(f.retryable).toBe(false);
  });

  it('asks for the typed confirmation it is missing', () => {
    const f = describeFailure(error('PRECONDITION_FAILED', { safety: { violations: [], confirmationRequired: 'eu-west' } }));
    expect(f.message).toContain('type “eu-west”');
  });

  it('offers a retry when the answer was lost', () => {
    expect(describeFailure(error(null)).retryable).toBe(true);
    expect(describeFailure(error('BAD_GATEWAY')).hint).toMatch(/may or may not have been applied/);
    expect(describeFailure(error('FORBIDDEN')).retryable).toBe(false);
  });

  it('says what to do on a refusal by role', () => {
    expect(describeFailure(error('FORBIDDEN')).hint).toMatch(/^Nothing was changed/);
  });
});
