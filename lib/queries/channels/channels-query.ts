import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ChannelSummary } from '@/lib/api/channels';
import type { LocalPage } from '@/lib/api/page';
import type { ListUrlQuery } from '@/lib/list-url';
import { apiFetch, queryString } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { channelKeys } from './keys';

/** Channels sort by name unless the URL says otherwise, as in the official UI. */
export const CHANNELS_DEFAULT_SORT = 'name';

export const fetchChannels = (query: ListUrlQuery) =>
  apiFetch<LocalPage<ChannelSummary>>(`/api/channels${queryString({ ...query })}`);

export const channelsQueryOptions = (query: ListUrlQuery) =>
  queryOptions({ queryKey: channelKeys.list(query), queryFn: () => fetchChannels(query) });

/** One page of channels; the previous page stays on screen while the next one loads. */
export function useChannelsQuery(query: ListUrlQuery, refreshSeconds: number) {
  return usePolledQuery({ ...channelsQueryOptions(query), placeholderData: keepPreviousData }, refreshSeconds);
}
