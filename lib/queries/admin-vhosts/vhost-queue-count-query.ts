import { useQuery } from '@tanstack/react-query';
import { fetchQueues } from '../queues/queues-query';
import { adminVhostKeys } from './keys';

/**
 * How many queues a vhost has, for the delete dialog: one page of one queue from the broker,
 * whose total is the count (never the whole list). Asked when the dialog opens, not polled.
 */
export function useVhostQueueCountQuery(name: string, { enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: adminVhostKeys.queueCount(name),
    queryFn: async () => (await fetchQueues({ vhost: name, page: 1, page_size: 1 })).total_count,
    enabled,
    staleTime: 0,
  });
}
