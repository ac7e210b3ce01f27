import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Exchange } from '@/lib/api/exchanges';
import type { Page } from '@/lib/api/page';
import type { ListUrlQuery } from '@/lib/list-url';
import { apiFetch, queryString } from '../fetcher';
import { PREFETCH_STALE_TIME_MS, refetchInterval } from '../polling';
import { exchangeKeys } from './keys';

export const fetchExchanges = (query: ListUrlQuery) =>
  apiFetch<Page<Exchange>>(`/api/exchanges${queryString({ ...query })}`);

export const exchangesQueryOptions = (query: ListUrlQuery) =>
  queryOptions({
    queryKey: exchangeKeys.list(query),
    queryFn: () => fetchExchanges(query),
    // The server prefetches the first page; fresh long enough that hydration does not refetch it.
    staleTime: PREFETCH_STALE_TIME_MS,
  });

/** One page of exchanges; the previous page stays on screen while the next sort, filter or page loads. */
export function useExchangesQuery(query: ListUrlQuery, refreshSeconds: number) {
  return useQuery({
    ...exchangesQueryOptions(query),
    refetchInterval: refetchInterval(refreshSeconds),
    placeholderData: keepPreviousData,
  });
}
