'use client';

import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useSessionUser } from '@/components/shell/session-context';
import { Alert } from '@/components/ui/alert';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { useI18n } from '@/lib/i18n/i18n';
import { listHeading } from '@/lib/list-heading';
import type { useListParams } from '@/lib/queries/list-params';
import type { Page } from '@/lib/rabbitmq/management';
import { canMonitor } from '@/lib/tags';
import { ColumnChooser, useColumnVisibility, type ChoosableColumn, type ColumnVisibility } from './column-chooser';

export interface ActivityTableProps {
  caption: string;
  isPending: boolean;
  empty: ReactNode;
  columnVisibility: ColumnVisibility;
}

/**
 * The connections and channels lists: the same page around a different table. Paged, sorted and
 * filtered by the broker (state in the URL), a column chooser, and for users without the
 * monitoring tag the broker's rule said plainly: they see their own connections/channels only.
 */
export function ActivityListPage<T>({
  kind,
  list,
  query,
  optionalColumns,
  table,
}: {
  kind: 'connections' | 'channels';
  list: ReturnType<typeof useListParams>;
  query: UseQueryResult<Page<T>>;
  optionalColumns: readonly ChoosableColumn[];
  table: (rows: T[] | undefined, props: ActivityTableProps) => ReactNode;
}) {
  const { t, locale } = useI18n();
  const { tags } = useSessionUser();
  const { visibility, toggle } = useColumnVisibility(`warren.columns.${kind}`, optionalColumns);
  const monitor = canMonitor(tags);

  const page = query.data;
  const title = list.vhost ? t(`${kind}.listTitleVhost`, { vhost: list.vhost }) : t(`${kind}.listTitle`);
  const filtered = Boolean(list.name);
  // With one vhost selected, its name in every row says nothing.
  const shown = list.vhost ? { ...visibility, vhost: false } : visibility;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{listHeading(t, locale, title, page, filtered)}</h1>
      {!monitor ? <Alert tone="info">{t(`${kind}.ownOnly`)}</Alert> : null}
      <ListToolbar name={list.name} regex={list.regex} onFilterChange={list.setFilter} filterLabel={t(`${kind}.filter`)}>
        <ColumnChooser columns={optionalColumns} visibility={visibility} onToggle={toggle} />
      </ListToolbar>
      {query.error ? (
        <QueryError what={t(`${kind}.title`)} error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        table(page?.items, {
          caption: title,
          isPending: query.isPending,
          columnVisibility: shown,
          empty: filtered ? t('state.noMatch') : monitor ? t(`${kind}.empty`) : t(`${kind}.ownOnly`),
        })
      )}
      {page ? (
        <Pagination
          page={page.page}
          pageCount={page.page_count}
          pageSize={list.pageSize}
          onPageChange={list.setPage}
          onPageSizeChange={list.setPageSize}
          label={t(`${kind}.pages`)}
        />
      ) : null}
    </div>
  );
}
