import { cleanup, renderHook } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdlePrefetch } from './idle-prefetch';

const routerPrefetch = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ prefetch: routerPrefetch }) }));

// The lists of the navigation are fetched ahead while the browser is idle — and only then: the
// broker's cost must stay bounded (one request per list per refresh interval at most, none while
// the tab is hidden, the refresh is off or the user has gone).

const fetched: string[] = [];
beforeEach(() => {
  fetched.length = 0;
  routerPrefetch.mockClear();
  vi.useFakeTimers();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(new URL(url, 'http://warren.test').pathname);
      return new Response(JSON.stringify({ items: [], rows: [], fields: [], page: 1, page_count: 0 }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function run(vhost: string | null, refresh: number, pathname: string, pages: string[] = []) {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return renderHook(() => useIdlePrefetch(vhost, refresh, pathname, pages), { wrapper });
}

const active = () => window.dispatchEvent(new Event('pointermove'));

describe('useIdlePrefetch', () => {
  it('fetches the other lists and pages once the browser is idle, then once per refresh interval while the user is active', async () => {
    run(null, 5, '/queues', ['/', '/exchanges']);
    expect(fetched).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(fetched.sort()).toEqual(['/api/channels', '/api/connections', '/api/exchanges']);
    expect(routerPrefetch.mock.calls.map(([href]) => href)).toEqual(['/', '/exchanges']);
    // Within the interval the lists are fresh: nothing more.
    active();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fetched).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fetched).toHaveLength(6);
    // The pages were prefetched once: the router keeps them.
    expect(routerPrefetch).toHaveBeenCalledTimes(2);
  });

  it('asks once after the page loaded, and not again while nobody uses the page', async () => {
    run(null, 5, '/');
    await vi.advanceTimersByTimeAsync(300);
    expect(fetched).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fetched).toHaveLength(4);
  });

  it('asks nothing with the refresh off, or while the tab is hidden', async () => {
    run(null, 0, '/');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fetched).toEqual([]);
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    run(null, 5, '/');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fetched).toEqual([]);
    hidden.mockRestore();
  });

  it('stops keeping them fresh once the user has been away for a minute', async () => {
    run('team-a', 5, '/');
    await vi.advanceTimersByTimeAsync(300);
    expect(fetched).toHaveLength(4);
    active();
    await vi.advanceTimersByTimeAsync(5_300);
    expect(fetched).toHaveLength(8);
    await vi.advanceTimersByTimeAsync(120_000);
    const afterAWhile = fetched.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetched.length).toBe(afterAWhile);
    // The user comes back: the lists are kept fresh again.
    window.dispatchEvent(new Event('pointermove'));
    await vi.advanceTimersByTimeAsync(5_300);
    expect(fetched.length).toBeGreaterThan(afterAWhile);
  });
});
