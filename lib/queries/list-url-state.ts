'use client';

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'next/navigation';
import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import type { SortState } from '@/components/ui/data-table';
import { listQueryFromUrl, type ListUrlQuery } from '@/lib/list-url';
import { useListParams } from './list-params';

/**
 * A broker-paged list page's state: the query read from the URL (the same one its server page
 * prefetched, so the same query key), the sort for the table header, and the setters. A new
 * sort, filter or page starts fetching through `queryOptions` before React re-renders for the
 * new URL. `queryOptions` must be a stable (module-level) function.
 */
export function useListUrlState<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  queryOptions: (query: ListUrlQuery) => FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
) {
  const searchParams = useSearchParams();
  const query = useMemo(() => listQueryFromUrl(searchParams), [searchParams]);
  const queryClient = useQueryClient();
  const fetchAhead = useCallback(
    (next: URLSearchParams) => queryClient.prefetchQuery(queryOptions(listQueryFromUrl(next))),
    [queryClient, queryOptions],
  );
  const { setPage, setPageSize, setFilter, setSort } = useListParams(undefined, fetchAhead);
  const sort: SortState | null = query.sort ? { id: query.sort, desc: query.sort_reverse === 'true' } : null;
  return { query, sort, setPage, setPageSize, setFilter, setSort };
}
