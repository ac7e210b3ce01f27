import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from './concurrency';

describe('mapWithConcurrency', () => {
  it('keeps the input order and handles an empty list', async () => {
    await expect(mapWithConcurrency([3, 1, 2], 2, async (n) => n * 2)).resolves.toEqual([6, 2, 4]);
    await expect(mapWithConcurrency([], 8, async (n: number) => n)).resolves.toEqual([]);
  });

  it('never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const release: Array<() => void> = [];
    const done = mapWithConcurrency(Array.from({ length: 10 }, (_, i) => i), 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise<void>((resolve) => release.push(resolve));
      running--;
      return n;
    });
    while (release.length || running) {
      await new Promise((resolve) => setImmediate(resolve));
      release.shift()?.();
    }
    await expect(done).resolves.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
  });
});
