import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, seg } from '../fetcher';
import { invalidateUsers } from './invalidate';
import { userKeys } from './keys';

export const deleteUser = (name: string) => apiFetch<void>(`/api/users/${seg(name)}`, { method: 'DELETE' });

/** Runs inside a confirmation dialog, which shows the error itself. */
export function useDeleteUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUser,
    meta: { handlesError: true },
    onSuccess: (_data, name) => {
      // The page leaves for the list: its queries would now answer 404, so they are dropped, not refetched.
      queryClient.removeQueries({ queryKey: userKeys.detail(name) });
      return invalidateUsers(queryClient);
    },
  });
}
