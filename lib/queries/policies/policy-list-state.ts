'use client';

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import type { SortState } from '@/lib/api/page';
import { DEFAULT_PAGE_SIZE, listQueryFromUrl } from '@/lib/list-url';
import type { PolicyKind } from '@/lib/policies';
import type { ListUrlState } from '../list-url-state';
import { useUrlParams, type ParamUpdates } from '@/lib/url-state';
import { policiesQueryOptions } from './policies-query';

/**
 * The list state of one of the policies page's two lists, in the URL like every list's: the
 * policies take the usual parameters (name, regex, page, page_size, sort, desc), the operator
 * policies the same with "op_" before them, so that each list keeps its own filter and page.
 * The vhost is the shell's, shared by both.
 */
export function usePolicyListState(kind: PolicyKind): ListUrlState {
  const prefix = kind === 'policy' ? '' : 'op_';
  const searchParams = useSearchParams();
  const read = useCallback(
    (params: { get(key: string): string | null }) => listQueryFromUrl({ get: (key) => params.get(key === 'vhost' ? key : prefix + key) }),
    [prefix],
  );
  const query = useMemo(() => read(searchParams), [read, searchParams]);
  const queryClient = useQueryClient();
  const fetchAhead = useCallback((next: URLSearchParams) => queryClient.prefetchQuery(policiesQueryOptions(kind)(read(next))), [queryClient, kind, read]);
  const { set: setParams } = useUrlParams(fetchAhead);
  const set = useCallback(
    (updates: ParamUpdates, options?: { push?: boolean }) =>
      setParams(Object.fromEntries(Object.entries(updates).map(([key, value]) => [prefix + key, value])), options),
    [setParams, prefix],
  );

  const setPage = useCallback((page: number) => set({ page: page > 1 ? page : null }, { push: true }), [set]);
  const setPageSize = useCallback((size: number) => set({ page_size: size === DEFAULT_PAGE_SIZE ? null : size, page: null }), [set]);
  const setFilter = useCallback((name: string, regex: boolean) => set({ name: name || null, regex: regex ? '1' : null, page: null }), [set]);
  const setSort = useCallback((sort: SortState | null) => set({ sort: sort ? sort.id : null, desc: sort?.desc ? '1' : null, page: null }), [set]);
  const sort: SortState | null = query.sort ? { id: query.sort, desc: query.sort_reverse === 'true' } : null;
  return { query, sort, setPage, setPageSize, setFilter, setSort };
}
