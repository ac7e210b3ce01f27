import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Exchange } from '@/lib/rabbitmq/exchanges';
import type { Page } from '@/lib/rabbitmq/management';
import { apiFetch, queryString } from '../fetcher';
import { PREFETCH_STALE_TIME_MS, refetchInterval } from '../polling';
import { exchangeKeys } from './keys';
import type { ExchangeListQuery } from './list-query';

export const fetchExchanges = (query: ExchangeListQuery) =>
  apiFetch<Page<Exchange>>(`/api/exchanges${queryString({ ...query })}`);

export const exchangesQueryOptions = (query: ExchangeListQuery) =>
  queryOptions({
    queryKey: exchangeKeys.list(query),
    queryFn: () => fetchExchanges(query),
    // The server prefetches the first page; fresh long enough that hydration does not refetch it.
    staleTime: PREFETCH_STALE_TIME_MS,
  });

/** One page of exchanges; the previous page stays on screen while the next sort, filter or page loads. */
export function useExchangesQuery(query: ExchangeListQuery, refreshSeconds: number) {
  return useQuery({
    ...exchangesQueryOptions(query),
    refetchInterval: refetchInterval(refreshSeconds),
    placeholderData: keepPreviousData,
  });
}
