import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VhostPutResult } from '@/lib/api/admin-vhosts';
import type { VhostBody } from '@/lib/schemas/admin-vhosts';
import { apiFetch, seg } from '../fetcher';
import { invalidateVhosts } from './invalidate';

export interface CreateVhostVariables extends VhostBody {
  name: string;
}

/** Creates a vhost; a vhost of that name already there is a 409, never overwritten (If-None-Match: *). */
export const createVhost = ({ name, ...body }: CreateVhostVariables) =>
  apiFetch<VhostPutResult>(`/api/vhosts/${seg(name)}`, { method: 'PUT', json: body, headers: { 'if-none-match': '*' } });

/** "Add virtual host": the form shows a refusal next to its fields, so no toast here. */
export function useCreateVhostMutation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createVhost, meta: { handlesError: true }, onSuccess: () => invalidateVhosts(queryClient) });
}
