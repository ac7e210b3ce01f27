import { queryOptions } from '@tanstack/react-query';
import type { AdminVhost } from '@/lib/api/admin-vhosts';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { adminVhostKeys } from './keys';

export const fetchAdminVhost = (name: string) => apiFetch<AdminVhost>(`/api/vhosts/${seg(name)}`);

export const adminVhostQueryOptions = (name: string) =>
  queryOptions({ queryKey: adminVhostKeys.detail(name), queryFn: () => fetchAdminVhost(name) });

/** One vhost's description, tags, state per node, messages and rates. */
export function useAdminVhostQuery(name: string, refreshSeconds: number) {
  return usePolledQuery(adminVhostQueryOptions(name), refreshSeconds);
}
