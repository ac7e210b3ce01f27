import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VhostPutResult } from '@/lib/api/admin-vhosts';
import type { VhostBody } from '@/lib/schemas/admin-vhosts';
import { apiFetch, seg } from '../fetcher';
import { invalidateVhosts } from './invalidate';

export interface UpdateVhostVariables extends VhostBody {
  name: string;
}

/** Updates a vhost's description and tags; a vhost deleted meanwhile is a 404, never recreated (If-Match: *). */
export const updateVhost = ({ name, ...body }: UpdateVhostVariables) =>
  apiFetch<VhostPutResult>(`/api/vhosts/${seg(name)}`, { method: 'PUT', json: body, headers: { 'if-match': '*' } });

/** The edit form shows a refusal itself. */
export function useUpdateVhostMutation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateVhost, meta: { handlesError: true }, onSuccess: () => invalidateVhosts(queryClient) });
}
