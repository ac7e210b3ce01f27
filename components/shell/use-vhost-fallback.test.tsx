import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useVhostFallback } from './use-vhost-fallback';

afterEach(cleanup);

// Regression: the shell dropped a vhost from the URL as soon as its (possibly 2 s old) vhost
// list lacked it, so a vhost created a moment ago could not be chosen.
describe('useVhostFallback', () => {
  it('keeps a vhost that only a fresh list has', async () => {
    const setVhost = vi.fn();
    const fetchFresh = vi.fn(async () => [{ name: '/' }, { name: 'new' }]);
    renderHook(() => useVhostFallback('new', [{ name: '/' }], setVhost, fetchFresh));
    await waitFor(() => expect(fetchFresh).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(setVhost).not.toHaveBeenCalled();
  });

  it('falls back to "All" when the broker’s fresh list does not have it either', async () => {
    const setVhost = vi.fn();
    const fetchFresh = vi.fn(async () => [{ name: '/' }]);
    renderHook(() => useVhostFallback('team-b', [{ name: '/' }], setVhost, fetchFresh));
    await waitFor(() => expect(setVhost).toHaveBeenCalledWith(null));
  });

  it('asks nothing while the vhost is known, or nothing is chosen', () => {
    const fetchFresh = vi.fn(async () => []);
    renderHook(() => useVhostFallback('/', [{ name: '/' }], vi.fn(), fetchFresh));
    renderHook(() => useVhostFallback(null, [{ name: '/' }], vi.fn(), fetchFresh));
    expect(fetchFresh).not.toHaveBeenCalled();
  });
});
