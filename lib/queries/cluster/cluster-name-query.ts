import { queryOptions } from '@tanstack/react-query';
import type { ClusterName } from '@/lib/api/admin-vhosts';
import { apiFetch } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { clusterKeys } from './keys';

export const fetchClusterName = () => apiFetch<ClusterName>('/api/cluster-name');

export const clusterNameQueryOptions = () => queryOptions({ queryKey: clusterKeys.name(), queryFn: fetchClusterName });

export function useClusterNameQuery(refreshSeconds: number) {
  return usePolledQuery(clusterNameQueryOptions(), refreshSeconds);
}
