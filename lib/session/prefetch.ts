import 'server-only';
import { headers } from 'next/headers';
import { dehydrate, QueryClient, type DehydratedState, type QueryKey } from '@tanstack/react-query';
import type { Credentials } from '@/lib/rabbitmq/management';
import { currentSession } from './session';

export type Prefetch = [key: QueryKey, fetch: (credentials: Credentials) => Promise<unknown>];

/**
 * A slow broker must not hold the whole page back: past this the page is sent without that
 * data, and the client's own query (with its error and the unreachable banner) takes over.
 */
const PREFETCH_BUDGET_MS = 2_500;

function withinBudget<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('prefetch budget exceeded')), PREFETCH_BUDGET_MS);
  });
  return Promise.race([promise, budget]).finally(() => clearTimeout(timer));
}

/**
 * Runs a page's first fetches on the server, as the logged-in user, and returns them dehydrated
 * for <HydrationBoundary>: the page arrives with its data in the HTML, and the client's queries
 * (same keys) take over the polling. A fetch that fails is left out: the client asks again and
 * shows why where the data would be.
 *
 * Only for a page loaded as a document. A navigation inside the app (or the router's prefetch
 * of a link) asks for the page's RSC payload: the browser then already runs the query client,
 * which takes the data from its cache when it is fresh enough or fetches it once itself — the
 * server waiting for the broker first would hold the navigation back and fetch it twice.
 */
export async function prefetchAsUser(prefetches: Prefetch[]): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  if ((await headers()).get('rsc') === '1') return dehydrate(queryClient);
  const state = await currentSession({ touch: false });
  if (state.status === 'active') {
    const credentials = { username: state.session.username, password: state.session.password };
    const results = await Promise.allSettled(prefetches.map(([, fetch]) => withinBudget(fetch(credentials))));
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') queryClient.setQueryData(prefetches[i]![0], result.value);
    });
  }
  return dehydrate(queryClient);
}
