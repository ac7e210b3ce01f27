import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, seg } from '../fetcher';
import { invalidateVhosts } from './invalidate';

export const deleteVhost = (name: string) => apiFetch<void>(`/api/vhosts/${seg(name)}`, { method: 'DELETE' });

/** Delete runs inside a confirmation dialog, which shows the error itself. */
export function useDeleteVhostMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteVhost,
    meta: { handlesError: true },
    // The vhost page leaves for the list after a delete; its own queries are left alone so that
    // they do not refetch (and flash "not found") on the way out.
    onSuccess: () => invalidateVhosts(queryClient, { exceptDetails: true }),
  });
}
