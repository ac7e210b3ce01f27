'use client';

import { useEffect } from 'react';
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
// The cost is bounded: at most one request per list per refresh interval (none while a list is
// still fresh, and the pages' own keys are shared with their polling), only while the tab is
// visible, the refresh is on, and the user has been active in the last ACTIVE_WINDOW_MS — a
// wallboard left alone asks for nothing more than the page it shows. Warren's per-user answer
// cache makes several tabs of one user cost the broker about what one does.

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

export function useIdlePrefetch(vhost: string | null, refreshSeconds: number, pathname: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (refreshSeconds <= 0) return;
    let lastActivity = Date.now();
    const active = () => {
      lastActivity = Date.now();
    };
    const events = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const event of events) window.addEventListener(event, active, { passive: true });

    const staleTime = freshFor(refreshSeconds);
    const prefetch = () => {
      if (document.visibilityState !== 'visible' || Date.now() - lastActivity > ACTIVE_WINDOW_MS) return;
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
  }, [queryClient, vhost, refreshSeconds, pathname]);
}
