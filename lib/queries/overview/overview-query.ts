import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Overview } from '@/lib/api/overview';
import { apiFetch } from '../fetcher';
import { refetchInterval } from '../polling';
import { overviewKeys } from './keys';

export const fetchOverview = () => apiFetch<Overview>('/api/overview');

export const overviewQueryOptions = (refreshSeconds: number) =>
  queryOptions({ queryKey: overviewKeys.overview(), queryFn: fetchOverview, refetchInterval: refetchInterval(refreshSeconds) });

export function useOverviewQuery(refreshSeconds: number) {
  return useQuery(overviewQueryOptions(refreshSeconds));
}
