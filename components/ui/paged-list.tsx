'use client';

import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { RowSelectionState, VisibilityState } from '@tanstack/react-table';
import type { Page } from '@/lib/api/page';
import { useI18n } from '@/lib/i18n/i18n';
import { listHeading } from '@/lib/list-heading';
import type { ListUrlState } from '@/lib/queries/list-url-state';
import { cn } from '@/lib/utils';
import { Section } from './card';
import { DataTable, type ColumnDef } from './data-table';
import { ListToolbar } from './list-toolbar';
import { Pagination } from './pagination';
import { QueryError } from './query-error';

export interface PagedListTable<T> {
  columns: ColumnDef<T, unknown>[];
  getRowId: (row: T) => string;
  columnVisibility?: VisibilityState;
  selection?: RowSelectionState;
  onSelectionChange?: (selection: RowSelectionState) => void;
  selectLabel?: (row: T) => string;
  selectAllLabel?: string;
}

/**
 * The body of every paged list page (queues, exchanges, connections, channels): a section headed
 * "All queues (N, filtered down to M)", the name filter with its extra controls, the broker's
 * error where the rows would be, the table (kept on screen and dimmed after a moment while the
 * next sort, filter or page loads), and the pager. Paging, sort and filter live in the URL
 * (`list`) and are done by the broker.
 */
export function PagedList<T>({
  title,
  list,
  result,
  table,
  filterLabel,
  pagesLabel,
  emptyLabel,
  toolbar,
  notice,
}: {
  /** "All queues": the section's heading, before the counts. */
  title: string;
  list: ListUrlState;
  result: UseQueryResult<Page<T>>;
  table: PagedListTable<T>;
  filterLabel: string;
  /** Names the pager's navigation landmark. */
  pagesLabel: string;
  /** Shown when the list is empty without a filter ("No queues yet"); a filter with no match says so instead. */
  emptyLabel: ReactNode;
  /** Controls beside the filter (bulk actions, the column chooser). */
  toolbar?: ReactNode;
  /** Shown between the toolbar and the table (a bulk action's report). */
  notice?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const { query } = list;
  const page = result.data;
  const filtered = Boolean(query.name);
  return (
    <Section title={listHeading(t, locale, title, page, filtered)}>
      <div className="flex flex-col gap-3">
        <ListToolbar name={query.name ?? ''} regex={query.use_regex === 'true'} onFilterChange={list.setFilter} filterLabel={filterLabel}>
          {toolbar}
        </ListToolbar>
        {notice}
        {result.error ? <QueryError what={title} error={result.error} onRetry={() => void result.refetch()} /> : null}
        {result.error && !page ? null : (
          <div aria-busy={result.isFetching} className={cn('transition-opacity', result.isPlaceholderData && 'opacity-60 delay-300')}>
            <DataTable
              {...table}
              data={page?.items}
              caption={title}
              isPending={result.isPending}
              empty={filtered || (page && page.total_count > 0) ? t('state.noMatch') : emptyLabel}
              sort={list.sort}
              onSortChange={list.setSort}
            />
          </div>
        )}
        <Pagination
          page={page?.page ?? query.page}
          pageCount={page?.page_count ?? 1}
          pageSize={query.page_size}
          onPageChange={list.setPage}
          onPageSizeChange={list.setPageSize}
          label={pagesLabel}
        />
      </div>
    </Section>
  );
}
