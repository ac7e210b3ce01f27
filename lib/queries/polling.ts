// Polling and caching, as named constants in one place.

/** The refresh selector's choices, in seconds; 0 means off. */
export const REFRESH_CHOICES = [5, 10, 30, 0] as const;
export type RefreshSeconds = (typeof REFRESH_CHOICES)[number];
export const DEFAULT_REFRESH_SECONDS: RefreshSeconds = 5;

/** Data younger than this is not refetched on mount or focus: it was polled a moment ago. */
export const LIST_STALE_TIME_MS = 2_000;

/** Server-prefetched data counts as fresh for this long, so hydration does not refetch at once. */
export const PREFETCH_STALE_TIME_MS = 5_000;

/**
 * How long a page's data stays fresh: one refresh interval (what polling would show anyway), or
 * PREFETCH_STALE_TIME_MS with the refresh off. Younger data in the cache is shown as it is when
 * a page opens; older data is not shown at all (see usePolledQuery).
 */
export function freshFor(refreshSeconds: number): number {
  return refreshSeconds > 0 ? refreshSeconds * 1000 : PREFETCH_STALE_TIME_MS;
}

export function refetchInterval(seconds: number): number | false {
  return seconds > 0 ? seconds * 1000 : false;
}

export function isRefreshSeconds(value: number): value is RefreshSeconds {
  return (REFRESH_CHOICES as readonly number[]).includes(value);
}
