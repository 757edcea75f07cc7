import { describe, expect, it } from 'vitest';
import { scaledRules } from './alert-rules.js';
import { ruleOutcome, sloState, type RuleOutcome } from './burn-state.js';

const [fast, slow, ticket] = scaledRules(30);
const counts = (bad: number, total = 10_000) => ({ good: total - bad, total });

describe('one rule over its two windows (30-day factors: 14.4 over 1 h with 5 m)', () => {
  it.each([
    // long bad, short bad (of 10,000 each), expected state
    [200, 200, 'critical'],
    [10, 200, 'increasing'],
    [200, 10, 'recovering'],
    [10, 10, 'acceptable'],
    // exactly at the factor fires: 14.4 × 0.1% = 1.44%
    [144, 144, 'critical'],
  ] as const)('long %i, short %i bad → %s', (longBad, shortBad, state) => {
    if (!fast) throw new Error('no fast rule');
    const o = ruleOutcome(fast, counts(longBad), counts(shortBad), 0.999);
    expect(o.state).toBe(state);
    expect(o.firing).toBe(state === 'critical');
  });

  it('guards low traffic on the long window, whatever the ratio', () => {
    if (!fast) throw new Error('no fast rule');
    expect(ruleOutcome(fast, counts(50, 99), counts(5, 10), 0.999)).toMatchObject({ state: 'insufficient-data', firing: false, longBurn: expect.any(Number) });
    expect(ruleOutcome(fast, counts(50, 99), counts(5, 10), 0.999, 50).state).toBe('critical');
  });
});

describe('the SLO state from its page rules', () => {
  const outcome = (rule: typeof fast, state: RuleOutcome['state']): RuleOutcome => {
    if (!rule) throw new Error('missing rule');
    return { name: rule.name, severity: rule.severity, factor: rule.factor, longWindow: rule.longWindow, shortWindow: rule.shortWindow, longBurn: null, shortBurn: null, firing: state === 'critical', state };
  };
  it.each([
    [['critical', 'acceptable', 'acceptable'], 'critical'],
    // The fast rule sees the present: its verdict stands while the slow rule's windows still hold the old burn.
    [['recovering', 'increasing', 'acceptable'], 'recovering'],
    [['recovering', 'critical', 'acceptable'], 'recovering'],
    [['increasing', 'critical', 'acceptable'], 'increasing'],
    // A slow, steady burn the fast rule cannot see still raises the SLO.
    [['acceptable', 'critical', 'acceptable'], 'critical'],
    [['acceptable', 'recovering', 'acceptable'], 'recovering'],
    [['recovering', 'acceptable', 'critical'], 'recovering'],
    [['insufficient-data', 'acceptable', 'acceptable'], 'insufficient-data'],
    [['acceptable', 'acceptable', 'critical'], 'acceptable'],
  ] as const)('%o → %s (the third is a ticket rule and does not count)', (states, expected) => {
    expect(sloState([outcome(fast, states[0]), outcome(slow, states[1]), outcome(ticket, states[2])])).toBe(expected);
  });
});
