import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PublishOutcome } from '@/lib/api/messages';
import type { PublishMessage } from '@/lib/schemas/messages';
import { exchangeUrl } from '../exchanges/exchange-url';
import { apiFetch } from '../fetcher';
import { queueKeys } from '../queues/keys';

export interface PublishTarget {
  vhost: string;
  /** "" is the default exchange. */
  exchange: string;
}

export const publishMessage = ({ vhost, exchange, message }: PublishTarget & { message: PublishMessage }) =>
  apiFetch<PublishOutcome>(`${exchangeUrl(vhost, exchange)}/publish`, { method: 'POST', json: message });

/** The publish form shows the outcome and any error where the user acted: no toast. */
export function usePublishMessageMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishMessage,
    meta: { handlesError: true },
    // A routed message changes its queues' counts.
    onSuccess: (outcome) => (outcome.outcome === 'routed' ? queryClient.invalidateQueries({ queryKey: queueKeys.all }) : undefined),
  });
}
