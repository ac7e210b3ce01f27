import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BulkResult } from '@/lib/api/queues';
import type { QueueBulkAction } from '@/lib/schemas/queue';
import { apiFetch } from '../fetcher';
import { queueKeys } from './keys';

export interface BulkActionResponse {
  action: QueueBulkAction['action'];
  results: BulkResult[];
}

export const runBulkQueueAction = (body: QueueBulkAction) =>
  apiFetch<BulkActionResponse>('/api/queues/actions', { method: 'POST', json: body });

/** Purge or delete many queues; the page reports per-queue failures itself. */
export function useBulkQueueActionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runBulkQueueAction,
    meta: { handlesError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queueKeys.all }),
  });
}
