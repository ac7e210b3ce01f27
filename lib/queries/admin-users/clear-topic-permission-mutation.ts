import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, queryString, seg } from '../fetcher';
import { invalidateUsers } from './invalidate';

export interface ClearTopicPermissionVariables {
  vhost: string;
  user: string;
  exchange: string;
}

export const clearTopicPermission = ({ vhost, user, exchange }: ClearTopicPermissionVariables) =>
  apiFetch<void>(`/api/topic-permissions/${seg(vhost)}/${seg(user)}${queryString({ exchange })}`, { method: 'DELETE' });

/** "Clear" of one exchange's topic permission, inside a confirmation dialog (which shows the error). */
export function useClearTopicPermissionMutation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: clearTopicPermission, meta: { handlesError: true }, onSettled: () => invalidateUsers(queryClient) });
}
