import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PermissionBody } from '@/lib/schemas/admin-users';
import { apiFetch, seg } from '../fetcher';
import { invalidateUsers } from './invalidate';

export interface SetPermissionVariables extends PermissionBody {
  vhost: string;
  user: string;
}

export const setPermission = ({ vhost, user, ...body }: SetPermissionVariables) =>
  apiFetch<void>(`/api/permissions/${seg(vhost)}/${seg(user)}`, { method: 'PUT', json: body });

/** "Set permission": the form shows the broker's refusal next to its fields. */
export function useSetPermissionMutation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setPermission, meta: { handlesError: true }, onSuccess: () => invalidateUsers(queryClient) });
}
