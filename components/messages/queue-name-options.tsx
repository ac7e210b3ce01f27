'use client';

import { useQuery } from '@tanstack/react-query';
import { decodeQueuePage } from '@/lib/api/queue-wire';
import { queueKeys } from '@/lib/queries/queues/keys';
import { fetchQueues } from '@/lib/queries/queues/queues-query';

/**
 * A <datalist> of queue names in a vhost that contain what was typed, for "Destination queue".
 * Asks the broker for 30 names at most, filtered there, so it stays cheap with many queues.
 */
export function QueueNameOptions({ id, vhost, typed, except }: { id: string; vhost: string; typed: string; except?: string }) {
  const { data } = useQuery({
    queryKey: queueKeys.options(vhost, typed),
    queryFn: () => fetchQueues({ vhost, page: 1, page_size: 30, name: typed || undefined }),
    select: decodeQueuePage,
    staleTime: 30_000,
  });
  return (
    <datalist id={id}>
      {data?.items
        .filter((queue) => queue.name !== except)
        .map((queue) => <option key={queue.name} value={queue.name} />)}
    </datalist>
  );
}
