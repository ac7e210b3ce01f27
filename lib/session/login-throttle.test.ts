import { beforeEach, describe, expect, it } from 'vitest';
import { recordFailure, recordSuccess, resetThrottle, retryAfter } from './login-throttle';

const limits = { free: 3, maxDelaySeconds: 60 };

describe('login throttle', () => {
  beforeEach(resetThrottle);

  it('lets the first tries through, then makes each further failure wait twice as long', () => {
    const t0 = 1_000_000;
    expect([1, 2, 3].map((i) => recordFailure('user:alice', limits, t0 + i))).toEqual([0, 0, 0]);
    expect(retryAfter('user:alice', t0 + 4)).toBe(0);
    expect(recordFailure('user:alice', limits, t0 + 10)).toBe(1);
    expect(retryAfter('user:alice', t0 + 11)).toBe(1);
    expect(retryAfter('user:alice', t0 + 1010)).toBe(0);
    expect(recordFailure('user:alice', limits, t0 + 2000)).toBe(2);
    expect(recordFailure('user:alice', limits, t0 + 5000)).toBe(4);
    // …up to the limit.
    let delay = 0;
    for (let i = 0; i < 20; i++) delay = recordFailure('user:alice', limits, t0 + 10_000 + i);
    expect(delay).toBe(60);
  });

  it('a success resets the count; other keys are not affected', () => {
    for (let i = 0; i < 5; i++) recordFailure('user:bob', limits, 1000 + i);
    recordFailure('addr:10.0.0.1', limits, 1000);
    expect(retryAfter('user:bob', 1006)).toBeGreaterThan(0);
    recordSuccess('user:bob');
    expect(retryAfter('user:bob', 1006)).toBe(0);
    expect(recordFailure('user:bob', limits, 1007)).toBe(0);
    expect(retryAfter('user:carol', 1007)).toBe(0);
  });

  it('forgets a count an hour after its last failure', () => {
    for (let i = 0; i < 6; i++) recordFailure('user:dave', limits, i);
    expect(retryAfter('user:dave', 10)).toBeGreaterThan(0);
    expect(recordFailure('user:dave', limits, 60 * 60_000 + 100)).toBe(0);
  });
});
