import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueueDetail } from '@/lib/api/queues';
import { apiFetch, seg } from '../fetcher';
import { PREFETCH_STALE_TIME_MS, refetchInterval } from '../polling';
import { queueKeys } from './keys';

export const fetchQueue = (vhost: string, name: string) => apiFetch<QueueDetail>(`/api/queues/${seg(vhost)}/${seg(name)}`);

export const queueQueryOptions = (vhost: string, name: string) =>
  queryOptions({
    queryKey: queueKeys.detail(vhost, name),
    queryFn: () => fetchQueue(vhost, name),
    staleTime: PREFETCH_STALE_TIME_MS,
  });

export function useQueueQuery(vhost: string, name: string, refreshSeconds: number) {
  return useQuery({ ...queueQueryOptions(vhost, name), refetchInterval: refetchInterval(refreshSeconds) });
}
