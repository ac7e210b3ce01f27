import { queryOptions } from '@tanstack/react-query';
import type { FeatureFlag } from '@/lib/api/admin-vhosts';
import { apiFetch } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { clusterKeys } from './keys';

export const fetchFeatureFlags = () => apiFetch<FeatureFlag[]>('/api/feature-flags');

export const featureFlagsQueryOptions = () => queryOptions({ queryKey: clusterKeys.featureFlags(), queryFn: fetchFeatureFlags });

export function useFeatureFlagsQuery(refreshSeconds: number) {
  return usePolledQuery(featureFlagsQueryOptions(), refreshSeconds);
}
