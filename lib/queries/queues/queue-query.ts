import { queryOptions } from '@tanstack/react-query';
import type { QueueDetail } from '@/lib/api/queues';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { queueKeys } from './keys';

export const fetchQueue = (vhost: string, name: string) => apiFetch<QueueDetail>(`/api/queues/${seg(vhost)}/${seg(name)}`);

export const queueQueryOptions = (vhost: string, name: string) =>
  queryOptions({
    queryKey: queueKeys.detail(vhost, name),
    queryFn: () => fetchQueue(vhost, name),
  });

export function useQueueQuery(vhost: string, name: string, refreshSeconds: number) {
  return usePolledQuery(queueQueryOptions(vhost, name), refreshSeconds);
}
