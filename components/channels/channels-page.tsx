'use client';

import { ActivityListPage } from '@/components/connections/activity-list-page';
import { CHANNELS_DEFAULT_SORT, channelsQueryOptions, useChannelsQuery } from '@/lib/queries/channels/channels-query';
import { useListUrlState } from '@/lib/queries/list-url-state';
import { useRefreshSeconds } from '@/lib/url-state';
import { OPTIONAL_CHANNEL_COLUMNS, useChannelColumns } from './channels-table';

export function ChannelsPage() {
  const [refresh] = useRefreshSeconds();
  const list = useListUrlState(channelsQueryOptions, CHANNELS_DEFAULT_SORT);
  const channels = useChannelsQuery(list.query, refresh);
  const columns = useChannelColumns();
  return <ActivityListPage kind="channels" list={list} result={channels} columns={columns} optionalColumns={OPTIONAL_CHANNEL_COLUMNS} />;
}
