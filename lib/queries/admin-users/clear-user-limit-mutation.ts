import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserLimitName } from '@/lib/api/admin-users';
import { apiFetch, seg } from '../fetcher';
import { invalidateUsers } from './invalidate';

export interface ClearUserLimitVariables {
  user: string;
  limit: UserLimitName;
}

export const clearUserLimit = ({ user, limit }: ClearUserLimitVariables) =>
  apiFetch<void>(`/api/user-limits/${seg(user)}/${seg(limit)}`, { method: 'DELETE' });

/** "Remove" of a limit: the limits form shows a failure itself. */
export function useClearUserLimitMutation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: clearUserLimit, meta: { handlesError: true }, onSettled: () => invalidateUsers(queryClient) });
}
