import 'server-only';
import { dehydrate, QueryClient, type DehydratedState, type QueryKey } from '@tanstack/react-query';
import type { Credentials } from '@/lib/rabbitmq/management';
import { currentSession } from './session';

export type Prefetch = [key: QueryKey, fetch: (credentials: Credentials) => Promise<unknown>];

/**
 * Runs a page's first fetches on the server, as the logged-in user, and returns them dehydrated
 * for <HydrationBoundary>: the page arrives with its data in the HTML, and the client's queries
 * (same keys) take over the polling. A fetch that fails is left out: the client asks again and
 * shows why where the data would be.
 */
export async function prefetchAsUser(prefetches: Prefetch[]): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  const state = await currentSession({ touch: false });
  if (state.status === 'active') {
    const credentials = { username: state.session.username, password: state.session.password };
    const results = await Promise.allSettled(prefetches.map(([, fetch]) => fetch(credentials)));
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') queryClient.setQueryData(prefetches[i]![0], result.value);
    });
  }
  return dehydrate(queryClient);
}
