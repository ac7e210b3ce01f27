import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelSummary } from '@/lib/rabbitmq/channels';
import type { LocalPage } from '@/lib/rabbitmq/connections';
import { apiFetch, queryString } from '../fetcher';
import { listQuery, type ListParams } from '../list-params';
import { refetchInterval } from '../polling';
import { channelKeys } from './keys';

export const fetchChannels = (params: ListParams) =>
  apiFetch<LocalPage<ChannelSummary>>(`/api/channels${queryString(listQuery(params))}`);

/** One page of channels; the previous page stays on screen while the next one loads. */
export function useChannelsQuery(params: ListParams, refreshSeconds: number) {
  return useQuery({
    queryKey: channelKeys.list(params),
    queryFn: () => fetchChannels(params),
    refetchInterval: refetchInterval(refreshSeconds),
    placeholderData: keepPreviousData,
  });
}
