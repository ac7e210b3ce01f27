import type { UserDetail } from '@/lib/api/admin-users';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { userKeys } from './keys';

export const fetchUser = (name: string) => apiFetch<UserDetail>(`/api/users/${seg(name)}`);

export function useUserQuery(name: string, refreshSeconds: number, { enabled = true } = {}) {
  return usePolledQuery({ queryKey: userKeys.detail(name), queryFn: () => fetchUser(name), enabled }, refreshSeconds);
}
