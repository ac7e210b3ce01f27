import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AdminVhost } from '@/lib/api/admin-vhosts';
import type { Page } from '@/lib/api/page';
import type { ListUrlQuery } from '@/lib/list-url';
import { apiFetch, queryString } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { adminVhostKeys, vhostListQuery } from './keys';

export const fetchAdminVhosts = (query: ListUrlQuery) =>
  apiFetch<Page<AdminVhost>>(`/api/vhosts${queryString({ pagination: true, ...vhostListQuery(query) })}`);

export const adminVhostsQueryOptions = (query: ListUrlQuery) =>
  queryOptions({ queryKey: adminVhostKeys.list(query), queryFn: () => fetchAdminVhosts(query) });

/** One page of vhosts for Admin; the previous page stays on screen while the next one loads. */
export function useAdminVhostsQuery(query: ListUrlQuery, refreshSeconds: number) {
  return usePolledQuery({ ...adminVhostsQueryOptions(query), placeholderData: keepPreviousData }, refreshSeconds);
}
