'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { toast } from 'sonner';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, numberColumn, type ColumnDef } from '@/components/ui/data-table';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { formatBytes, formatCount, formatRate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { consumerCapacityPercent } from '@/lib/queue-features';
import { useListUrlState } from '@/lib/queries/list-url-state';
import { useVhostsQuery } from '@/lib/queries/overview/vhosts-query';
import { useBulkQueueActionMutation } from '@/lib/queries/queues/bulk-queue-action-mutation';
import { queuesQueryOptions, useQueuesQuery } from '@/lib/queries/queues/queues-query';
import type { BulkResult, QueueListItem } from '@/lib/rabbitmq/queues';
import { routes } from '@/lib/routes';
import { useRefreshSeconds } from '@/lib/url-state';
import { cn } from '@/lib/utils';
import { FeatureBadges, QueueStateBadge } from './queue-badges';
import { OPTIONAL_QUEUE_COLUMNS, useQueueColumns } from './queue-columns';
import { listHeading } from '@/lib/list-heading';

// Below the list and with the validation library: loaded after the page is up, not before its rows.
const AddQueueForm = dynamic(() => import('./add-queue-form').then((module) => module.AddQueueForm), { ssr: false });

type QueueRef = { vhost: string; name: string };
type BulkAction = 'purge' | 'delete';

// A row's id carries its vhost and name, so a selection can be turned back into queues.
const rowId = (queue: QueueRef) => JSON.stringify([queue.vhost, queue.name]);
const fromRowId = (id: string): QueueRef => {
  const [vhost, name] = JSON.parse(id) as [string, string];
  return { vhost, name };
};

export function QueuesPage() {
  const { t, locale } = useI18n();
  const { query, sort, setPage, setPageSize, setFilter, setSort } = useListUrlState(queuesQueryOptions);
  const [refresh] = useRefreshSeconds();
  const queues = useQueuesQuery(query, refresh);
  const vhosts = useVhostsQuery(refresh);
  const [visible, setVisible] = useQueueColumns();
  const [selection, setSelection] = useState<Record<string, boolean>>({});
  const [dialog, setDialog] = useState<BulkAction | null>(null);
  const [report, setReport] = useState<{ action: BulkAction; failed: BulkResult[]; total: number } | null>(null);
  const bulk = useBulkQueueActionMutation();

  // Another page, filter, sort or vhost shows other rows: a selection of hidden rows would surprise.
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    // The same object when nothing was selected, so the rows are not rendered again for nothing.
    setSelection((current) => (Object.keys(current).length ? {} : current));
  }, [queryKey]);

  // Like the official UI, the vhost column appears only when it tells something.
  const showVhost = query.vhost === undefined && (vhosts.data?.length ?? 2) > 1;
  const page = queues.data;
  const selected = Object.keys(selection).filter((id) => selection[id]).map(fromRowId);
  const queueLabel = useCallback(
    (queue: QueueRef) => (showVhost ? t('queues.inVhost', { name: queue.name, vhost: queue.vhost }) : queue.name),
    [showVhost, t],
  );

  const columns = useMemo<ColumnDef<QueueListItem, unknown>[]>(() => {
    const perSecond = (rate: number | undefined) => (rate === undefined ? '—' : t('common.perSecond', { value: formatRate(rate) }));
    const count = (value: number | undefined) => formatCount(value, locale);
    return [
      { id: 'vhost', header: t('queues.col.vhost'), meta: { sortKey: 'vhost', width: '7rem' }, cell: ({ row }) => row.original.vhost },
      {
        id: 'name',
        header: t('common.name'),
        meta: { sortKey: 'name', width: '13rem' },
        cell: ({ row }) => (
          <Link
            prefetch={false}
            href={routes.queue(row.original.vhost, row.original.name)}
            className="break-all font-medium text-orange-700 hover:underline dark:text-orange-400"
          >
            {row.original.name}
          </Link>
        ),
      },
      { id: 'type', header: t('queues.col.type'), meta: { sortKey: 'type', width: '6rem' }, cell: ({ row }) => row.original.type ?? '—' },
      { id: 'features', header: t('queues.col.features'), meta: { width: '7.5rem' }, cell: ({ row }) => <FeatureBadges queue={row.original} /> },
      { id: 'state', header: t('queues.col.state'), meta: { sortKey: 'state', width: '7rem' }, cell: ({ row }) => <QueueStateBadge queue={row.original} /> },
      numberColumn('consumers', t('queues.col.consumers'), 'consumers', (q) => q.consumers, count),
      {
        id: 'consumer_capacity',
        header: t('queues.col.consumerCapacity'),
        meta: { sortKey: 'consumer_utilisation', align: 'right', title: t('queues.help.consumerCapacity'), width: '7.5rem' },
        cell: ({ row }) => {
          const percent = consumerCapacityPercent(row.original.consumer_utilisation);
          return percent === null ? '—' : `${percent}%`;
        },
      },
      numberColumn('ready', t('queues.col.ready'), 'messages_ready', (q) => q.messages_ready, count),
      numberColumn('unacked', t('queues.col.unacked'), 'messages_unacknowledged', (q) => q.messages_unacknowledged, count),
      numberColumn('total', t('queues.col.total'), 'messages', (q) => q.messages, count),
      numberColumn('ready_bytes', t('queues.col.readyBytes'), 'message_bytes_ready', (q) => q.message_bytes_ready, formatBytes),
      numberColumn('unacked_bytes', t('queues.col.unackedBytes'), 'message_bytes_unacknowledged', (q) => q.message_bytes_unacknowledged, formatBytes),
      numberColumn('total_bytes', t('queues.col.totalBytes'), 'message_bytes', (q) => q.message_bytes, formatBytes),
      numberColumn('incoming', t('queues.col.incoming'), 'message_stats.publish_details.rate', (q) => q.message_stats?.publish_details?.rate, perSecond),
      numberColumn('deliver_get', t('queues.col.deliverGet'), 'message_stats.deliver_get_details.rate', (q) => q.message_stats?.deliver_get_details?.rate, perSecond),
      numberColumn('redelivered', t('queues.col.redelivered'), 'message_stats.redeliver_details.rate', (q) => q.message_stats?.redeliver_details?.rate, perSecond),
      numberColumn('ack', t('queues.col.ack'), 'message_stats.ack_details.rate', (q) => q.message_stats?.ack_details?.rate, perSecond),
    ];
  }, [t, locale]);

  const columnVisibility = useMemo(() => {
    const state: Record<string, boolean> = { vhost: showVhost };
    for (const column of OPTIONAL_QUEUE_COLUMNS) state[column.id] = visible.has(column.id);
    return state;
  }, [showVhost, visible]);

  const title = t('queues.allQueues');
  const heading = listHeading(t, locale, title, page, Boolean(query.name));

  const runBulk = async (action: BulkAction) => {
    const targets = selected;
    const response = await bulk.mutateAsync({ action, queues: targets });
    const failed = response.results.filter((result) => !result.ok);
    const done = response.results.length - failed.length;
    setSelection(Object.fromEntries(failed.map((result) => [rowId(result), true])));
    setReport(failed.length ? { action, failed, total: response.results.length } : null);
    if (done > 0) toast.success(t(action === 'purge' ? 'queues.bulk.purged' : 'queues.bulk.deleted', { count: done }));
  };

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('nav.queues')}</h1>

      <Section title={heading}>
        <div className="flex flex-col gap-3">
          <ListToolbar name={query.name ?? ''} regex={query.use_regex === 'true'} onFilterChange={setFilter} filterLabel={t('list.filter')}>
            <span className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
              {t('queues.bulk.selected', { count: selected.length })}
            </span>
            <Button variant="outline" size="sm" disabled={!selected.length} onClick={() => setDialog('purge')}>
              {t('queues.bulk.purgeButton')}
            </Button>
            <Button variant="destructive" size="sm" disabled={!selected.length} onClick={() => setDialog('delete')}>
              {t('queues.bulk.deleteButton')}
            </Button>
            <ColumnChooser visible={visible} onChange={setVisible} />
          </ListToolbar>

          {report ? (
            <Alert
              tone="error"
              title={t(report.action === 'purge' ? 'queues.bulk.purgeFailed' : 'queues.bulk.deleteFailed', {
                failed: report.failed.length,
                total: report.total,
              })}
              action={
                <Button variant="ghost" size="sm" onClick={() => setReport(null)}>
                  {t('common.close')}
                </Button>
              }
            >
              <ul className="mt-1 list-disc pl-5">
                {report.failed.map((result) => (
                  <li key={rowId(result)}>
                    <span className="font-medium">{queueLabel(result)}</span>: {result.message}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}

          {queues.error && !page ? (
            <QueryError what={t('queues.allQueues')} error={queues.error} onRetry={() => void queues.refetch()} />
          ) : (
            <>
              {queues.error ? <QueryError what={t('queues.allQueues')} error={queues.error} onRetry={() => void queues.refetch()} /> : null}
              <div aria-busy={queues.isFetching} className={cn('transition-opacity', queues.isPlaceholderData && 'opacity-60 delay-300')}>
                <DataTable
                  columns={columns}
                  data={page?.items}
                  caption={t('queues.allQueues')}
                  getRowId={rowId}
                  isPending={queues.isPending}
                  empty={page && page.total_count === 0 ? t('queues.empty') : t('state.noMatch')}
                  sort={sort}
                  onSortChange={setSort}
                  selection={selection}
                  onSelectionChange={setSelection}
                  selectLabel={(queue) => t('queues.select', { name: queueLabel(queue) })}
                  selectAllLabel={t('queues.selectAll')}
                  columnVisibility={columnVisibility}
                />
              </div>
            </>
          )}

          <Pagination
            page={page?.page ?? query.page}
            pageCount={page?.page_count ?? 1}
            pageSize={query.page_size}
            onPageChange={setPage}
            onPageSizeChange={setPageSize}
            label={t('queues.pages')}
          />
        </div>
      </Section>

      <BulkDialog
        action={dialog}
        queues={selected}
        label={queueLabel}
        onOpenChange={(open) => {
          if (!open) setDialog(null);
        }}
        onConfirm={runBulk}
      />

      <AddQueueForm defaultVhost={query.vhost ?? null} />
    </div>
  );
}

function ColumnChooser({
  visible,
  onChange,
}: {
  visible: Set<string>;
  onChange: (id: (typeof OPTIONAL_QUEUE_COLUMNS)[number]['id'], visible: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <details className="relative">
      <summary className="inline-flex h-7 cursor-pointer list-none items-center rounded-md border border-zinc-300 px-2 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
        {t('list.columns')}
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 grid w-64 grid-cols-1 gap-1 rounded-md border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        <legend className="sr-only">{t('queues.chooseColumns')}</legend>
        {OPTIONAL_QUEUE_COLUMNS.map((column) => (
          <label key={column.id} className="inline-flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-4 w-4 accent-orange-600"
              checked={visible.has(column.id)}
              onChange={(event) => onChange(column.id, event.target.checked)}
            />
            {t(column.label)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function BulkDialog({
  action,
  queues,
  label,
  onOpenChange,
  onConfirm,
}: {
  action: BulkAction | null;
  queues: QueueRef[];
  label: (queue: QueueRef) => string;
  onOpenChange: (open: boolean) => void;
  onConfirm: (action: BulkAction) => Promise<void>;
}) {
  const { t } = useI18n();
  const count = queues.length;
  const isDelete = action === 'delete';
  return (
    <ConfirmDialog
      open={action !== null}
      onOpenChange={onOpenChange}
      title={t(isDelete ? 'queues.bulk.deleteTitle' : 'queues.bulk.purgeTitle', { count })}
      description={t(isDelete ? 'queues.bulk.deleteDescription' : 'queues.bulk.purgeDescription')}
      confirmLabel={t(isDelete ? 'queues.bulk.deleteConfirm' : 'queues.bulk.purgeConfirm', { count })}
      typeToConfirm={isDelete ? t('queues.bulk.deleteTypeText', { count }) : undefined}
      onConfirm={() => (action ? onConfirm(action) : Promise.resolve())}
    >
      <ul aria-label={t('queues.bulk.listLabel')} className="max-h-48 overflow-y-auto rounded border border-zinc-200 p-2 text-sm dark:border-zinc-700">
        {queues.map((queue) => (
          <li key={rowId(queue)} className="break-all">
            {label(queue)}
          </li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
