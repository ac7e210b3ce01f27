'use client';

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'next/navigation';
import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import type { SortState } from '@/lib/api/page';
import { DEFAULT_PAGE_SIZE, listQueryFromUrl, type ListUrlQuery } from '@/lib/list-url';
import { useUrlParams } from '@/lib/url-state';

/**
 * The one state hook of every paged list page (queues, exchanges, connections, channels): the
 * query read from the URL (vhost, page, page_size, name, regex, sort, desc — so a filtered,
 * sorted page can be shared or reloaded, and the server page that prefetched it built the same
 * query key), the sort for the table header, and the setters. A new sort, filter or page starts
 * fetching through `queryOptions` before React re-renders for the new URL. `queryOptions` must
 * be a stable (module-level) function.
 */
export function useListUrlState<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  queryOptions: (query: ListUrlQuery) => FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
  defaultSort?: string,
) {
  const searchParams = useSearchParams();
  const query = useMemo(() => listQueryFromUrl(searchParams, defaultSort), [searchParams, defaultSort]);
  const queryClient = useQueryClient();
  const fetchAhead = useCallback(
    (next: URLSearchParams) => queryClient.prefetchQuery(queryOptions(listQueryFromUrl(next, defaultSort))),
    [queryClient, queryOptions, defaultSort],
  );
  const { set } = useUrlParams(fetchAhead);

  const setPage = useCallback((page: number) => set({ page: page > 1 ? page : null }, { push: true }), [set]);
  const setPageSize = useCallback((size: number) => set({ page_size: size === DEFAULT_PAGE_SIZE ? null : size, page: null }), [set]);
  const setFilter = useCallback(
    (name: string, regex: boolean) => set({ name: name || null, regex: regex ? '1' : null, page: null }),
    [set],
  );
  const setSort = useCallback(
    (sort: SortState | null) => set({ sort: sort ? sort.id : null, desc: sort?.desc ? '1' : null, page: null }),
    [set],
  );
  const sort: SortState | null = query.sort ? { id: query.sort, desc: query.sort_reverse === 'true' } : null;
  return { query, sort, setPage, setPageSize, setFilter, setSort };
}

export type ListUrlState = ReturnType<typeof useListUrlState>;
