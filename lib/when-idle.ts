/**
 * Runs `work` once the browser is idle (or after `timeout` ms at the latest); returns a cancel.
 * For what a page does not need before it is complete: below-the-fold forms, the toast layer,
 * data fetched ahead.
 */
export function whenIdle(work: () => void, timeout = 2_000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 200);
  return () => clearTimeout(timer);
}
