import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../fetcher';
import { overviewKeys } from '../overview/keys';
import { clusterKeys } from './keys';

export const setClusterName = (name: string) => apiFetch<void>('/api/cluster-name', { method: 'PUT', json: { name } });

/** Renames the cluster; the form shows a refusal itself. The shell's cluster name follows. */
export function useSetClusterNameMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setClusterName,
    meta: { handlesError: true },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: clusterKeys.name() }),
        queryClient.invalidateQueries({ queryKey: overviewKeys.overview() }),
      ]),
  });
}
