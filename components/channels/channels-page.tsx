'use client';

import { useMemo } from 'react';
import { ColumnChooser, useColumnVisibility } from '@/components/connections/column-chooser';
import { useSessionUser } from '@/components/shell/session-context';
import { Alert } from '@/components/ui/alert';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { useI18n } from '@/lib/i18n/i18n';
import { useChannelsQuery } from '@/lib/queries/channels/channels-query';
import { useListParams } from '@/lib/queries/list-params';
import { canMonitor } from '@/lib/tags';
import { useRefreshSeconds } from '@/lib/url-state';
import { ChannelsTable, choosableChannelColumns } from './channels-table';
import { listHeading } from '@/lib/list-heading';

const DEFAULT_SORT = { id: 'name', desc: false };

export function ChannelsPage() {
  const { t, locale } = useI18n();
  const { tags } = useSessionUser();
  const [refresh] = useRefreshSeconds();
  const list = useListParams(DEFAULT_SORT);
  const query = useChannelsQuery(list, refresh);
  const optional = useMemo(() => choosableChannelColumns(t), [t]);
  const { visibility, toggle } = useColumnVisibility('warren.columns.channels', optional);
  const monitor = canMonitor(tags);

  const page = query.data;
  const title = list.vhost ? t('channels.listTitleVhost', { vhost: list.vhost }) : t('channels.listTitle');
  const filtered = Boolean(list.name);
  const heading = listHeading(t, locale, title, page, filtered);
  const shown = list.vhost ? { ...visibility, vhost: false } : visibility;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{heading}</h1>
      {!monitor ? <Alert tone="info">{t('channels.ownOnly')}</Alert> : null}
      <ListToolbar name={list.name} regex={list.regex} onFilterChange={list.setFilter} filterLabel={t('channels.filter')}>
        <ColumnChooser columns={optional} visibility={visibility} onToggle={toggle} />
      </ListToolbar>
      {query.error ? (
        <QueryError what={t('channels.title')} error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ChannelsTable
          caption={title}
          channels={page?.items}
          isPending={query.isPending}
          sort={list.sort}
          onSortChange={list.setSort}
          columnVisibility={shown}
          empty={filtered ? t('state.noMatch') : monitor ? t('channels.empty') : t('channels.ownOnly')}
        />
      )}
      {page ? (
        <Pagination
          page={page.page}
          pageCount={page.page_count}
          pageSize={list.pageSize}
          onPageChange={list.setPage}
          onPageSizeChange={list.setPageSize}
          label={t('channels.pages')}
        />
      ) : null}
    </div>
  );
}
