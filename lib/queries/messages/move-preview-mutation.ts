import { useMutation } from '@tanstack/react-query';
import type { MovePreview } from '@/lib/api/messages';
import type { MoveRequest } from '@/lib/schemas/messages';
import { apiFetch, seg } from '../fetcher';

export interface MovePreviewVariables {
  vhost: string;
  name: string;
  request: MoveRequest;
}

export const previewMove = ({ vhost, name, request }: MovePreviewVariables) =>
  apiFetch<MovePreview>(`/api/queues/${seg(vhost)}/${seg(name)}/move-preview`, { method: 'POST', json: request });

/**
 * A move's dry run: where each of the first messages would go. A mutation, not a query: it reads
 * the messages with basic.get and puts them back (marked redelivered). The panel shows the error.
 */
export function useMovePreviewMutation() {
  return useMutation({ mutationFn: previewMove, meta: { handlesError: true } });
}
