import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, seg } from '../fetcher';
import { queueKeys } from './keys';

export const purgeQueue = ({ vhost, name }: { vhost: string; name: string }) =>
  apiFetch<void>(`/api/queues/${seg(vhost)}/${seg(name)}/contents`, { method: 'DELETE' });

/** Purge runs inside a confirmation dialog, which shows the error itself. */
export function usePurgeQueueMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: purgeQueue,
    meta: { handlesError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queueKeys.all }),
  });
}
