import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VhostLimitName } from '@/lib/api/admin-vhosts';
import { apiFetch, seg } from '../fetcher';
import { adminVhostKeys } from './keys';

export interface SetVhostLimitVariables {
  vhost: string;
  name: VhostLimitName;
  value: number;
}

export const setVhostLimit = ({ vhost, name, value }: SetVhostLimitVariables) =>
  apiFetch<void>(`/api/vhost-limits/${seg(vhost)}/${seg(name)}`, { method: 'PUT', json: { value } });

/** The limit's form shows a refusal next to its field. */
export function useSetVhostLimitMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setVhostLimit,
    meta: { handlesError: true },
    onSuccess: (_data, { vhost }) => queryClient.invalidateQueries({ queryKey: adminVhostKeys.limits(vhost) }),
  });
}
