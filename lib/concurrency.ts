/**
 * Runs `task` over `items` with at most `limit` running at once; results keep the input order.
 * The one bounded-concurrency helper: bulk purges and deletes, per-row lookups, anything that
 * would otherwise send the broker a burst of requests at once.
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(limit, 1), items.length) }, worker));
  return results;
}
