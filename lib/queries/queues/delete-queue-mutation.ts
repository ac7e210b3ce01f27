import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, queryString, seg } from '../fetcher';
import { queueKeys } from './keys';

export interface DeleteQueueVariables {
  vhost: string;
  name: string;
  ifEmpty?: boolean;
  ifUnused?: boolean;
}

export const deleteQueue = ({ vhost, name, ifEmpty, ifUnused }: DeleteQueueVariables) =>
  apiFetch<void>(`/api/queues/${seg(vhost)}/${seg(name)}${queryString({ if_empty: ifEmpty, if_unused: ifUnused })}`, {
    method: 'DELETE',
  });

/** Delete runs inside a confirmation dialog, which shows the error itself. */
export function useDeleteQueueMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteQueue,
    meta: { handlesError: true },
    // The detail page leaves for the list after a delete; its own query is left alone so that it
    // does not refetch (and flash "not found") on the way out.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queueKeys.lists() }),
  });
}
