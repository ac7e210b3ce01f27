import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueueDeclareBody } from '@/lib/schemas/queue';
import { apiFetch, seg } from '../fetcher';
import { queueKeys } from './keys';

export interface DeclareQueueVariables extends QueueDeclareBody {
  vhost: string;
  name: string;
}

export const declareQueue = ({ vhost, name, ...body }: DeclareQueueVariables) =>
  apiFetch<{ created: true }>(`/api/queues/${seg(vhost)}/${seg(name)}`, { method: 'PUT', json: body });

/** "Add queue": the form shows the broker's refusal next to the fields, so no toast here. */
export function useDeclareQueueMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declareQueue,
    meta: { handlesError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queueKeys.lists() }),
  });
}
