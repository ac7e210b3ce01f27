import { useEffect } from 'react';
import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import type { ListUrlQuery } from '@/lib/list-url';
import { apiFetch, queryString } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { queueKeys } from './keys';
import { decodeQueuePage, type QueueWirePage } from '@/lib/api/queue-wire';

/** One page in its compact wire form (the form the cache and the server-rendered HTML hold). */
export const fetchQueues = (query: ListUrlQuery) => apiFetch<QueueWirePage>(`/api/queues${queryString({ ...query })}`);

export const queuesQueryOptions = (query: ListUrlQuery) =>
  queryOptions({
    queryKey: queueKeys.list(query),
    queryFn: () => fetchQueues(query),
    select: decodeQueuePage,
  });

/** One page of queues; the previous page stays on screen while the next sort, filter or page loads. */
export function useQueuesQuery(query: ListUrlQuery, refreshSeconds: number) {
  const result = usePolledQuery({ ...queuesQueryOptions(query), placeholderData: keepPreviousData }, refreshSeconds);
  // "Next page" is the likeliest next step: fetch it once per page shown (not per poll), so it
  // appears at once instead of after another broker round trip.
  const queryClient = useQueryClient();
  // While a new sort or filter loads, data is the previous query's page (placeholder): its page
  // count says nothing about the new query, whose page 2 may not exist.
  const pageCount = result.isPlaceholderData ? undefined : result.data?.page_count;
  // Keyed on the next page's query value, not on the identity of the query object.
  const nextPage = pageCount !== undefined && query.page < pageCount ? JSON.stringify({ ...query, page: query.page + 1 }) : null;
  useEffect(() => {
    if (nextPage) void queryClient.prefetchQuery(queuesQueryOptions(JSON.parse(nextPage) as ListUrlQuery));
  }, [nextPage, queryClient]);
  return result;
}
