import type { Binding } from '@/lib/api/bindings';
import { apiFetch } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { bindingUrls } from './bindings-url';
import { bindingKeys } from './keys';

export const fetchQueueBindings = (vhost: string, queue: string) => apiFetch<Binding[]>(bindingUrls.queue(vhost, queue));

export function useQueueBindingsQuery(vhost: string, queue: string, refreshSeconds: number) {
  return usePolledQuery(
    {
      queryKey: bindingKeys.queue(vhost, queue),
      queryFn: () => fetchQueueBindings(vhost, queue),
    },
    refreshSeconds,
  );
}
