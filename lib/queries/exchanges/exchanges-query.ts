import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Exchange } from '@/lib/api/exchanges';
import type { Page } from '@/lib/api/page';
import type { ListUrlQuery } from '@/lib/list-url';
import { apiFetch, queryString } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { exchangeKeys } from './keys';

export const fetchExchanges = (query: ListUrlQuery) =>
  apiFetch<Page<Exchange>>(`/api/exchanges${queryString({ ...query })}`);

export const exchangesQueryOptions = (query: ListUrlQuery) =>
  queryOptions({
    queryKey: exchangeKeys.list(query),
    queryFn: () => fetchExchanges(query),
  });

/** One page of exchanges; the previous page stays on screen while the next sort, filter or page loads. */
export function useExchangesQuery(query: ListUrlQuery, refreshSeconds: number) {
  return usePolledQuery({ ...exchangesQueryOptions(query), placeholderData: keepPreviousData }, refreshSeconds);
}
