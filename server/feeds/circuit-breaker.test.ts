import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';

describe('CircuitBreaker', () => {
  const setup = () => {
    let t = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1_000 }, () => t);
    return { breaker, advance: (ms: number) => (t += ms) };
  };

  it('opens after the threshold of consecutive failures and refuses calls', () => {
    const { breaker } = setup();
    breaker.failed();
    breaker.failed();
    expect(breaker.state).toBe('closed');
    breaker.failed();
    expect(breaker.state).toBe('open');
    expect(breaker.allows()).toBe(false);
    expect(breaker.retryInMs()).toBe(1_000);
  });

  it('lets one trial through after the cooldown, and closes when it succeeds', () => {
    const { breaker, advance } = setup();
    for (let i = 0; i < 3; i++) breaker.failed();
    advance(1_000);
    expect(breaker.state).toBe('half-open');
    expect(breaker.allows()).toBe(true);
    breaker.succeeded();
    expect(breaker.state).toBe('closed');
  });

  it('re-opens at once when the trial fails', () => {
    const { breaker, advance } = setup();
    for (let i = 0; i < 3; i++) breaker.failed();
    advance(1_500);
    breaker.failed();
    expect(breaker.state).toBe('open');
  });

  it('forgets failures after a success', () => {
    const { breaker } = setup();
    breaker.failed();
    breaker.failed();
    breaker.succeeded();
    breaker.failed();
    expect(breaker.state).toBe('closed');
  });
});
