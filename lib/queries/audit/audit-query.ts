import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AuditPage, AuditQuery } from '@/lib/api/audit';
import { apiFetch, queryString } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { auditKeys } from './keys';

export const fetchAudit = (query: AuditQuery) => apiFetch<AuditPage>(`/api/admin/audit${queryString({ ...query })}`);

export const auditQueryOptions = (query: AuditQuery) => queryOptions({ queryKey: auditKeys.page(query), queryFn: () => fetchAudit(query) });

/** One page of the audit log, newest first; the previous page stays on screen while the next loads. */
export function useAuditQuery(query: AuditQuery, refreshSeconds: number) {
  return usePolledQuery({ ...auditQueryOptions(query), placeholderData: keepPreviousData }, refreshSeconds);
}
