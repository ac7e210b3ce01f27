'use client';

import { useState } from 'react';
import { useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { freshFor, refetchInterval } from './polling';

/**
 * Every page's data: polled at the user's refresh interval, and, when the page opens, taken
 * from the query cache if it is fresh (younger than one interval — a server prefetch, a page
 * visited a moment ago, or what the shell fetched ahead while the browser was idle), otherwise
 * fetched once. Cached data older than that is dropped first instead of being shown for the
 * moment the new answer takes: the page renders once, with current figures.
 */
export function usePolledQuery<TQueryFnData = unknown, TError = Error, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(
  options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
  refreshSeconds: number,
) {
  const queryClient = useQueryClient();
  const fresh = freshFor(refreshSeconds);
  // Once, before the first render reads the cache.
  useState(() => {
    const state = queryClient.getQueryState(options.queryKey);
    if (state?.data !== undefined && state.fetchStatus === 'idle' && Date.now() - state.dataUpdatedAt > fresh) {
      queryClient.removeQueries({ queryKey: options.queryKey, exact: true });
    }
    return null;
  });
  return useQuery({ staleTime: fresh, ...options, refetchInterval: refetchInterval(refreshSeconds) });
}
