import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, seg } from '../fetcher';
import { invalidateUsers } from './invalidate';

export interface ClearPermissionVariables {
  vhost: string;
  user: string;
}

export const clearPermission = ({ vhost, user }: ClearPermissionVariables) =>
  apiFetch<void>(`/api/permissions/${seg(vhost)}/${seg(user)}`, { method: 'DELETE' });

/** "Clear" runs inside a confirmation dialog, which shows the error itself. */
export function useClearPermissionMutation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: clearPermission, meta: { handlesError: true }, onSettled: () => invalidateUsers(queryClient) });
}
