import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GetMessagesResult } from '@/lib/api/messages';
import type { GetMessages } from '@/lib/schemas/messages';
import { apiFetch, seg } from '../fetcher';
import { queueKeys } from '../queues/keys';

export interface GetMessagesVariables extends GetMessages {
  vhost: string;
  name: string;
}

export const getMessages = ({ vhost, name, ...body }: GetMessagesVariables) =>
  apiFetch<GetMessagesResult>(`/api/queues/${seg(vhost)}/${seg(name)}/get`, { method: 'POST', json: body });

/**
 * Get messages: a mutation, not a query, since the removing ack modes take messages out of the
 * queue (and even requeueing marks them redelivered). The panel shows the error in place.
 */
export function useGetMessagesMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: getMessages,
    meta: { handlesError: true },
    onSuccess: (_result, { vhost, name }) => queryClient.invalidateQueries({ queryKey: queueKeys.detail(vhost, name) }),
  });
}
