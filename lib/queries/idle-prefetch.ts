'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { PrefetchKind } from 'next/dist/client/components/router-reducer/router-reducer-types';
import { useQueryClient, type FetchQueryOptions } from '@tanstack/react-query';
import { listQueryFromUrl, type ListUrlQuery } from '@/lib/list-url';
import { CHANNELS_DEFAULT_SORT, channelsQueryOptions } from './channels/channels-query';
import { CONNECTIONS_DEFAULT_SORT, connectionsQueryOptions } from './connections/connections-query';
import { exchangesQueryOptions } from './exchanges/exchanges-query';
import { freshFor } from './polling';
import { queuesQueryOptions } from './queues/queues-query';
import { whenIdle } from '@/lib/when-idle';

// What a user opens next from any page is, most often, one of the lists in the navigation. Their
// first pages (for the vhost chosen) are fetched ahead while the browser is idle, into the same
// cache entries the pages read, and kept at most one refresh interval old, so that a click on
// "Queues" shows its rows at once instead of after a broker round trip.
//
// The cost is bounded: once when a page has loaded, then at most one request per list per
// refresh interval — none while a list is still fresh (the pages' own keys are shared with their
// polling) — and only while the tab is visible, the refresh is on and the user has used the page
// (pointer, keys) in the last ACTIVE_WINDOW_MS. A wallboard or a tab left alone asks for nothing
// more than the page it shows. Warren's per-user answer cache merges several tabs' requests.
// The navigation's pages themselves (their RSC payload, which costs Warren's server a render but
// never the broker) are prefetched at the same moment.

interface Destination {
  path: string;
  // TanStack's option types differ per list (the queues page selects a decoded page); the
  // prefetch only needs their key, function and staleness.
  options: (query: ListUrlQuery) => FetchQueryOptions<unknown, Error, unknown, readonly unknown[]>;
  defaultSort?: string;
}

const DESTINATIONS: Destination[] = [
  { path: '/queues', options: queuesQueryOptions as Destination['options'] },
  { path: '/exchanges', options: exchangesQueryOptions as Destination['options'] },
  { path: '/connections', options: connectionsQueryOptions as Destination['options'], defaultSort: CONNECTIONS_DEFAULT_SORT },
  { path: '/channels', options: channelsQueryOptions as Destination['options'], defaultSort: CHANNELS_DEFAULT_SORT },
];

/** After this long without input, the lists are no longer kept fresh (the user is not about to click). */
const ACTIVE_WINDOW_MS = 60_000;

export function useIdlePrefetch(vhost: string | null, refreshSeconds: number, pathname: string, pageHrefs: readonly string[] = []): void {
  const queryClient = useQueryClient();
  const router = useRouter();
  const hrefs = pageHrefs.join('\n');
  useEffect(() => {
    if (refreshSeconds <= 0) return;
    let loaded = true;
    let lastActivity = -Infinity;
    const active = () => {
      lastActivity = Date.now();
    };
    const events = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const event of events) window.addEventListener(event, active, { passive: true });

    const staleTime = freshFor(refreshSeconds);
    const prefetch = () => {
      if (document.visibilityState !== 'visible') return;
      if (!loaded && Date.now() - lastActivity > ACTIVE_WINDOW_MS) return;
      if (loaded) {
        // Full prefetches: the router keeps them for minutes; it asks again only when stale.
        for (const href of hrefs ? hrefs.split('\n') : []) router.prefetch(href, { kind: PrefetchKind.FULL });
      }
      loaded = false;
      for (const destination of DESTINATIONS) {
        if (destination.path === pathname) continue; // that page polls its own list
        const query = listQueryFromUrl(vhost ? { vhost } : {}, destination.defaultSort);
        // Fetches only what is older than one interval; a failure is the page's to show later.
        void queryClient.prefetchQuery({ ...destination.options(query), staleTime });
      }
    };
    let cancelIdle = whenIdle(prefetch);
    const timer = setInterval(() => {
      cancelIdle();
      cancelIdle = whenIdle(prefetch);
    }, refreshSeconds * 1000);
    return () => {
      cancelIdle();
      clearInterval(timer);
      for (const event of events) window.removeEventListener(event, active);
    };
  }, [queryClient, router, vhost, refreshSeconds, pathname, hrefs]);
}
