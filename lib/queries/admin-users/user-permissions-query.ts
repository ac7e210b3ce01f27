import type { Permission } from '@/lib/api/admin-users';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { userKeys } from './keys';

export const fetchUserPermissions = (name: string) => apiFetch<Permission[]>(`/api/users/${seg(name)}/permissions`);

export function useUserPermissionsQuery(name: string, refreshSeconds: number, { enabled = true } = {}) {
  return usePolledQuery({ queryKey: userKeys.permissions(name), queryFn: () => fetchUserPermissions(name), enabled }, refreshSeconds);
}
