import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import type { StreamPage } from '@/lib/api/messages';
import { apiFetch, queryString, seg } from '../fetcher';
import { messageKeys, type StreamPageQuery } from './keys';

export const fetchStreamPage = (vhost: string, name: string, query: StreamPageQuery) =>
  apiFetch<StreamPage>(`/api/queues/${seg(vhost)}/${seg(name)}/stream${queryString({ ...query })}`);

/**
 * One page of a stream queue, read when the user asks (`query` set) and not polled: each read
 * opens a consumer on the broker. The page shown stays while the next one loads (Older, Newer);
 * reading the same page again is the caller's refetch().
 */
export function useStreamPageQuery(vhost: string, name: string, query: StreamPageQuery | null) {
  return useQuery({
    queryKey: messageKeys.streamPage(vhost, name, query),
    queryFn: query ? () => fetchStreamPage(vhost, name, query) : skipToken,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    placeholderData: keepPreviousData,
  });
}
