import { queryOptions } from '@tanstack/react-query';
import type { Overview } from '@/lib/api/overview';
import { apiFetch } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { overviewKeys } from './keys';

export const fetchOverview = () => apiFetch<Overview>('/api/overview');

export const overviewQueryOptions = () => queryOptions({ queryKey: overviewKeys.overview(), queryFn: fetchOverview });

export function useOverviewQuery(refreshSeconds: number) {
  return usePolledQuery(overviewQueryOptions(), refreshSeconds);
}
