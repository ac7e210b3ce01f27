import { useQuery } from '@tanstack/react-query';
import type { Binding } from '@/lib/api/bindings';
import { apiFetch } from '../fetcher';
import { refetchInterval } from '../polling';
import { bindingUrls } from './bindings-url';
import { bindingKeys } from './keys';

export const fetchQueueBindings = (vhost: string, queue: string) => apiFetch<Binding[]>(bindingUrls.queue(vhost, queue));

export function useQueueBindingsQuery(vhost: string, queue: string, refreshSeconds: number) {
  return useQuery({
    queryKey: bindingKeys.queue(vhost, queue),
    queryFn: () => fetchQueueBindings(vhost, queue),
    refetchInterval: refetchInterval(refreshSeconds),
  });
}
