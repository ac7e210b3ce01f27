'use client';

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import type { AuditQuery } from '@/lib/api/audit';
import { AUDIT_PAGE_SIZE, auditQueryFromUrl } from '@/lib/audit/audit-url';
import { useUrlParams } from '@/lib/url-state';
import { auditQueryOptions } from './audit-query';

export type AuditFilters = Pick<AuditQuery, 'user' | 'object' | 'from' | 'to' | 'result'>;

/**
 * The audit log's filters and page, in the URL (so a filtered view can be shared or reloaded).
 * A new filter or page starts fetching before the URL changes, as the list pages do.
 */
export function useAuditUrlState() {
  const searchParams = useSearchParams();
  const query = useMemo(() => auditQueryFromUrl(searchParams), [searchParams]);
  const queryClient = useQueryClient();
  const fetchAhead = useCallback(
    (next: URLSearchParams) => queryClient.prefetchQuery(auditQueryOptions(auditQueryFromUrl(next))),
    [queryClient],
  );
  const { set } = useUrlParams(fetchAhead);
  const setFilters = useCallback(
    (filters: AuditFilters) =>
      set({ user: filters.user, object: filters.object, from: filters.from, to: filters.to, result: filters.result, page: null }),
    [set],
  );
  const setPage = useCallback((page: number) => set({ page: page > 1 ? page : null }, { push: true }), [set]);
  const setPageSize = useCallback((size: number) => set({ page_size: size === AUDIT_PAGE_SIZE ? null : size, page: null }), [set]);
  return { query, setFilters, setPage, setPageSize };
}
