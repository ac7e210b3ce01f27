import { describe, expect, it } from 'vitest';
import { availableRanges, chooseRange, latestValue, RANGE_INCREMENTS, SERIES_RANGES } from './series';

describe('availableRanges', () => {
  it('offers the ranges the policy keeps, and always the last minute (as the official UI does)', () => {
    // What the dev broker reports for 605 s / hour / day tiers.
    expect(availableRanges([600, 3600, 86400])).toEqual([60, 600, 3600, 86400]);
    // RabbitMQ's default `basic` policy: ten minutes and an hour.
    expect(availableRanges([600, 3600])).toEqual([60, 600, 3600]);
    expect(availableRanges([60, 600, 3600, 28800, 86400])).toEqual([...SERIES_RANGES]);
  });

  it('ignores tiers that are none of the five ranges (the broker reports those as 0)', () => {
    expect(availableRanges([0, 600, 0])).toEqual([60, 600]);
  });

  it('with no policy at all still offers the last minute', () => {
    expect(availableRanges([])).toEqual([60]);
    expect(availableRanges(undefined)).toEqual([60]);
  });
});

describe('RANGE_INCREMENTS', () => {
  it('keeps every range at 121 samples or fewer', () => {
    for (const range of SERIES_RANGES) expect(range / RANGE_INCREMENTS[range] + 1).toBeLessThanOrEqual(121);
  });
});

describe('latestValue', () => {
  it('is the newest value that is not null', () => {
    expect(latestValue([1, 2, null])).toBe(2);
    expect(latestValue([0, null])).toBe(0);
    expect(latestValue([null, null])).toBeNull();
    expect(latestValue(undefined)).toBeNull();
  });
});

describe('chooseRange', () => {
  it('keeps the range asked for while the broker keeps it or nothing is known yet', () => {
    expect(chooseRange(3600, [60, 600, 3600])).toBe(3600);
    expect(chooseRange(28800, undefined)).toBe(28800);
  });

  it('falls back to the last ten minutes, else to the longest kept range below', () => {
    // The dev broker keeps no eight-hour tier.
    expect(chooseRange(28800, [60, 600, 3600, 86400])).toBe(600);
    expect(chooseRange(86400, [60, 3600])).toBe(3600);
    expect(chooseRange(600, [60])).toBe(60);
  });
});
