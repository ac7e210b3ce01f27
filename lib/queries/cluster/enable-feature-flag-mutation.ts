import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, seg } from '../fetcher';
import { clusterKeys } from './keys';

export const enableFeatureFlag = (name: string) => apiFetch<void>(`/api/feature-flags/${seg(name)}/enable`, { method: 'PUT' });

/** Runs inside its confirmation dialog, which shows the error itself. */
export function useEnableFeatureFlagMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableFeatureFlag,
    meta: { handlesError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clusterKeys.featureFlags() }),
  });
}
