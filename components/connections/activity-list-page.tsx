'use client';

import { useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useSessionUser } from '@/components/shell/session-context';
import { Alert } from '@/components/ui/alert';
import { ColumnChooser, useColumnChoice, type ChoosableColumn } from '@/components/ui/column-chooser';
import type { ColumnDef } from '@/components/ui/data-table';
import { PagedList } from '@/components/ui/paged-list';
import type { Page } from '@/lib/api/page';
import { useI18n } from '@/lib/i18n/i18n';
import type { ListUrlState } from '@/lib/queries/list-url-state';
import { canMonitor } from '@/lib/tags';

/**
 * The connections and channels lists: the same page around other columns. Paged, sorted and
 * filtered by the broker (state in the URL), a column chooser, and for users without the
 * monitoring tag the broker's rule said plainly: they see their own connections/channels only.
 */
export function ActivityListPage<T extends { name: string }>({
  kind,
  list,
  result,
  columns,
  optionalColumns,
}: {
  kind: 'connections' | 'channels';
  list: ListUrlState;
  result: UseQueryResult<Page<T>>;
  columns: ColumnDef<T, unknown>[];
  optionalColumns: readonly ChoosableColumn[];
}) {
  const { t } = useI18n();
  const { tags } = useSessionUser();
  const { visibility, toggle } = useColumnChoice(`warren.columns.${kind}`, optionalColumns);
  const monitor = canMonitor(tags);
  const { vhost } = list.query;
  // With one vhost selected, its name in every row says nothing.
  const columnVisibility = useMemo(() => (vhost ? { ...visibility, vhost: false } : visibility), [vhost, visibility]);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t(`${kind}.title`)}</h1>
      {!monitor ? <Alert tone="info">{t(`${kind}.ownOnly`)}</Alert> : null}
      <PagedList
        title={vhost ? t(`${kind}.listTitleVhost`, { vhost }) : t(`${kind}.listTitle`)}
        list={list}
        result={result}
        filterLabel={t(`${kind}.filter`)}
        pagesLabel={t(`${kind}.pages`)}
        emptyLabel={monitor ? t(`${kind}.empty`) : t(`${kind}.ownOnly`)}
        table={{ columns, getRowId: rowName, columnVisibility }}
        toolbar={<ColumnChooser columns={optionalColumns} visibility={visibility} onToggle={toggle} />}
      />
    </div>
  );
}

const rowName = (row: { name: string }) => row.name;
