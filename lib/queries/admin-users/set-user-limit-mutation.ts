import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserLimitName } from '@/lib/api/admin-users';
import { apiFetch, seg } from '../fetcher';
import { invalidateUsers } from './invalidate';

export interface SetUserLimitVariables {
  user: string;
  limit: UserLimitName;
  value: number;
}

export const setUserLimit = ({ user, limit, value }: SetUserLimitVariables) =>
  apiFetch<void>(`/api/user-limits/${seg(user)}/${seg(limit)}`, { method: 'PUT', json: { value } });

/** The limits form shows the broker's refusal itself. */
export function useSetUserLimitMutation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setUserLimit, meta: { handlesError: true }, onSuccess: () => invalidateUsers(queryClient) });
}
