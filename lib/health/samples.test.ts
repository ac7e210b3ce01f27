import { describe, expect, it } from 'vitest';
import { chronological, rateOf, sinceFields, trailingRun } from './samples';

// The broker sends samples newest first.
const samples = [
  { sample: 9, timestamp: 40 },
  { sample: 8, timestamp: 30 },
  { sample: 2, timestamp: 20 },
  { sample: 7, timestamp: 10 },
];

describe('samples', () => {
  it('orders samples oldest first', () => {
    expect(chronological(samples).map((s) => s.timestamp)).toEqual([10, 20, 30, 40]);
  });

  it('finds where the run that lasts to the latest sample began', () => {
    expect(trailingRun(samples, (v) => v > 5)).toEqual({ since: 30, atLeast: false });
    expect(trailingRun(samples, (v) => v > 1)).toEqual({ since: 10, atLeast: true });
  });

  it('knows no beginning when the latest sample does not hold or there are none', () => {
    expect(trailingRun(samples, (v) => v > 100)).toBeUndefined();
    expect(trailingRun([], () => true)).toBeUndefined();
    expect(trailingRun(undefined, () => true)).toBeUndefined();
  });

  it('marks a run that covers the whole window as "at least"', () => {
    expect(sinceFields({ since: 10, atLeast: true }, 50)).toEqual({ since: 10, sinceAtLeast: true });
    expect(sinceFields({ since: 30, atLeast: false }, 50)).toEqual({ since: 30 });
    expect(sinceFields(undefined, 50)).toEqual({});
  });

  it('never places a beginning after the check (the newest sample is stamped with the end of its interval)', () => {
    expect(sinceFields({ since: 40, atLeast: false }, 37)).toEqual({ since: 37 });
  });

  it('reads an absent rate as none', () => {
    expect(rateOf(undefined)).toBe(0);
    expect(rateOf({})).toBe(0);
    expect(rateOf({ rate: 2.5 })).toBe(2.5);
  });
});
