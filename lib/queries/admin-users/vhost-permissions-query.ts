import type { Permission } from '@/lib/api/admin-users';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { userKeys } from './keys';

export const fetchVhostPermissions = (vhost: string) => apiFetch<Permission[]>(`/api/vhosts/${seg(vhost)}/permissions`);

export function useVhostPermissionsQuery(vhost: string, refreshSeconds: number, { enabled = true } = {}) {
  return usePolledQuery({ queryKey: userKeys.vhostPermissions(vhost), queryFn: () => fetchVhostPermissions(vhost), enabled }, refreshSeconds);
}
