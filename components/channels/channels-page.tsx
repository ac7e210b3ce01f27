'use client';

import { useMemo } from 'react';
import { ActivityListPage } from '@/components/connections/activity-list-page';
import { useI18n } from '@/lib/i18n/i18n';
import { useChannelsQuery } from '@/lib/queries/channels/channels-query';
import { useListParams } from '@/lib/queries/list-params';
import { useRefreshSeconds } from '@/lib/url-state';
import { ChannelsTable, choosableChannelColumns } from './channels-table';

const DEFAULT_SORT = { id: 'name', desc: false };

export function ChannelsPage() {
  const { t } = useI18n();
  const [refresh] = useRefreshSeconds();
  const list = useListParams(DEFAULT_SORT);
  const query = useChannelsQuery(list, refresh);
  const optional = useMemo(() => choosableChannelColumns(t), [t]);
  return (
    <ActivityListPage
      kind="channels"
      list={list}
      query={query}
      optionalColumns={optional}
      table={(channels, props) => <ChannelsTable {...props} channels={channels} sort={list.sort} onSortChange={list.setSort} />}
    />
  );
}
