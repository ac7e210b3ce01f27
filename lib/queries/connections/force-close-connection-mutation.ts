import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, seg } from '../fetcher';
import { channelKeys } from '../channels/keys';
import { connectionKeys } from './keys';
import { encodeReasonHeader } from './force-close-schema';

export interface ForceCloseVariables {
  name: string;
  reason: string;
}

export const forceCloseConnection = ({ name, reason }: ForceCloseVariables) =>
  apiFetch<void>(`/api/connections/${seg(name)}`, { method: 'DELETE', headers: { 'x-reason': encodeReasonHeader(reason) } });

/** Force-closes a connection; the dialog shows a failure itself. Its channels go with it. */
export function useForceCloseConnectionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: forceCloseConnection,
    meta: { handlesError: true },
    onSuccess: (_data, { name }) => {
      // The detail would now answer 404: drop it rather than refetch it.
      queryClient.removeQueries({ queryKey: connectionKeys.detail(name) });
      void queryClient.invalidateQueries({ queryKey: connectionKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: channelKeys.all });
    },
  });
}
