import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VhostLimitName } from '@/lib/api/admin-vhosts';
import { apiFetch, seg } from '../fetcher';
import { adminVhostKeys } from './keys';

export interface RemoveVhostLimitVariables {
  vhost: string;
  name: VhostLimitName;
}

export const removeVhostLimit = ({ vhost, name }: RemoveVhostLimitVariables) =>
  apiFetch<void>(`/api/vhost-limits/${seg(vhost)}/${seg(name)}`, { method: 'DELETE' });

export function useRemoveVhostLimitMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeVhostLimit,
    meta: { handlesError: true },
    onSuccess: (_data, { vhost }) => queryClient.invalidateQueries({ queryKey: adminVhostKeys.limits(vhost) }),
  });
}
