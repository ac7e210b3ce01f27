import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BulkDeleteUsersResult } from '@/lib/api/admin-users';
import { apiFetch } from '../fetcher';
import { invalidateUsers } from './invalidate';

export const bulkDeleteUsers = (users: string[]) =>
  apiFetch<BulkDeleteUsersResult>('/api/users/bulk-delete', { method: 'POST', json: { users } });

/** Deletes the selected users; the confirmation dialog shows a failure itself. */
export function useBulkDeleteUsersMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkDeleteUsers,
    meta: { handlesError: true },
    onSettled: () => invalidateUsers(queryClient),
  });
}
