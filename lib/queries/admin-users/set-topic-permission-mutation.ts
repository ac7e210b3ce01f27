import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TopicPermissionBody } from '@/lib/schemas/admin-users';
import { apiFetch, seg } from '../fetcher';
import { invalidateUsers } from './invalidate';

export interface SetTopicPermissionVariables extends TopicPermissionBody {
  vhost: string;
  user: string;
}

export const setTopicPermission = ({ vhost, user, ...body }: SetTopicPermissionVariables) =>
  apiFetch<void>(`/api/topic-permissions/${seg(vhost)}/${seg(user)}`, { method: 'PUT', json: body });

/** "Set topic permission": the form shows the broker's refusal itself. */
export function useSetTopicPermissionMutation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setTopicPermission, meta: { handlesError: true }, onSuccess: () => invalidateUsers(queryClient) });
}
