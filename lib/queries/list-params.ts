'use client';

import { useCallback, useMemo } from 'react';
import type { SortState } from '@/components/ui/data-table';
import { DEFAULT_PAGE_SIZE } from '@/lib/list-url';
import { useUrlParams, useVhost } from '@/lib/url-state';

export interface ListParams {
  vhost: string | null;
  page: number;
  pageSize: number;
  name: string;
  regex: boolean;
  sort: SortState | null;
}

export { DEFAULT_PAGE_SIZE };

/**
 * A paged list's view state, all in the URL (vhost, page, page_size, name, regex, sort, desc),
 * so that a filtered, sorted page can be shared or reloaded.
 */
export function useListParams(
  defaultSort: SortState | null = { id: 'name', desc: false },
  beforeChange?: (next: URLSearchParams) => void | Promise<unknown>,
) {
  const { params, set } = useUrlParams(beforeChange);
  const [vhost] = useVhost();

  const state = useMemo<ListParams>(() => {
    const page = Number(params.get('page'));
    const pageSize = Number(params.get('page_size'));
    const sortId = params.get('sort');
    return {
      vhost,
      page: Number.isInteger(page) && page > 0 ? page : 1,
      pageSize: Number.isInteger(pageSize) && pageSize > 0 && pageSize <= 500 ? pageSize : DEFAULT_PAGE_SIZE,
      name: params.get('name') ?? '',
      regex: params.get('regex') === '1',
      sort: sortId ? { id: sortId, desc: params.get('desc') === '1' } : defaultSort,
    };
  }, [params, vhost, defaultSort]);

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

  return { ...state, setPage, setPageSize, setFilter, setSort };
}

/** The query string a list route takes, from the view state. */
export function listQuery(state: ListParams): Record<string, string | number | boolean | undefined> {
  return {
    vhost: state.vhost ?? undefined,
    page: state.page,
    page_size: state.pageSize,
    name: state.name || undefined,
    use_regex: state.name && state.regex ? 'true' : undefined,
    sort: state.sort?.id,
    sort_reverse: state.sort?.desc ? 'true' : undefined,
  };
}
