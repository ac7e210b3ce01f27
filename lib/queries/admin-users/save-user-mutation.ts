import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserBody } from '@/lib/schemas/admin-users';
import { apiFetch, seg } from '../fetcher';
import { invalidateUsers } from './invalidate';

export interface SaveUserVariables extends UserBody {
  name: string;
}

export const saveUser = ({ name, ...body }: SaveUserVariables) => apiFetch<void>(`/api/users/${seg(name)}`, { method: 'PUT', json: body });

/** "Add a user" and the user page's "Update": the form shows the broker's refusal itself. */
export function useSaveUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveUser,
    meta: { handlesError: true },
    onSuccess: () => invalidateUsers(queryClient),
  });
}
