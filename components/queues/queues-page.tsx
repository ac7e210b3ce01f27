'use client';

import dynamic from 'next/dynamic';
import { useCallback, useMemo, useState } from 'react';
import { ColumnChooser, useColumnChoice } from '@/components/ui/column-chooser';
import { PagedList } from '@/components/ui/paged-list';
import { WhenIdle } from '@/components/ui/when-idle';
import { useI18n } from '@/lib/i18n/i18n';
import { useListUrlState } from '@/lib/queries/list-url-state';
import { useVhostColumnShown } from '@/lib/queries/overview/vhosts-query';
import { queuesQueryOptions, useQueuesQuery } from '@/lib/queries/queues/queues-query';
import { useRefreshSeconds } from '@/lib/url-state';
import { BulkQueueActions, BulkReportAlert, queueFromRowId, queueRowId, type BulkReport, type QueueRef } from './bulk-queue-actions';
import { OPTIONAL_QUEUE_COLUMNS, QUEUE_COLUMNS_STORAGE_KEY } from './queue-columns';
import { useQueueListColumns } from './queue-list-columns';

// Below the list and with the validation library: loaded once the page is complete and the
// browser idle, never before or beside its rows.
const AddQueueForm = dynamic(() => import('./add-queue-form').then((module) => module.AddQueueForm), { ssr: false });

const NOTHING_SELECTED: Record<string, boolean> = {};

export function QueuesPage() {
  const { t } = useI18n();
  const list = useListUrlState(queuesQueryOptions);
  const { query } = list;
  const [refresh] = useRefreshSeconds();
  const queues = useQueuesQuery(query, refresh);
  const columns = useQueueListColumns();
  const { visibility, toggle } = useColumnChoice(QUEUE_COLUMNS_STORAGE_KEY, OPTIONAL_QUEUE_COLUMNS);
  const [report, setReport] = useState<BulkReport | null>(null);

  // Another page, filter, sort or vhost shows other rows: a selection of hidden rows would
  // surprise, so the selection belongs to the query it was made on.
  const queryKey = JSON.stringify(query);
  const [selectionOf, setSelectionOf] = useState<{ key: string; rows: Record<string, boolean> }>({ key: queryKey, rows: NOTHING_SELECTED });
  const selection = selectionOf.key === queryKey ? selectionOf.rows : NOTHING_SELECTED;
  const setSelection = useCallback((rows: Record<string, boolean>) => setSelectionOf({ key: queryKey, rows }), [queryKey]);
  const selected = useMemo(() => Object.keys(selection).filter((id) => selection[id]).map(queueFromRowId), [selection]);

  const showVhost = useVhostColumnShown(query.vhost, refresh);
  const columnVisibility = useMemo(() => ({ ...visibility, vhost: showVhost }), [visibility, showVhost]);
  const queueLabel = useCallback(
    (queue: QueueRef) => (showVhost ? t('queues.inVhost', { name: queue.name, vhost: queue.vhost }) : queue.name),
    [showVhost, t],
  );
  const selectLabel = useCallback((queue: QueueRef) => t('queues.select', { name: queueLabel(queue) }), [t, queueLabel]);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('nav.queues')}</h1>
      <PagedList
        title={t('queues.allQueues')}
        list={list}
        result={queues}
        filterLabel={t('list.filter')}
        pagesLabel={t('queues.pages')}
        emptyLabel={t('queues.empty')}
        table={{
          columns,
          getRowId: queueRowId,
          columnVisibility,
          selection,
          onSelectionChange: setSelection,
          selectLabel,
          selectAllLabel: t('queues.selectAll'),
        }}
        toolbar={
          <>
            <BulkQueueActions
              selected={selected}
              label={queueLabel}
              onFinished={(failed, next) => {
                setSelection(Object.fromEntries(failed.map((queue) => [queueRowId(queue), true])));
                setReport(next);
              }}
            />
            <ColumnChooser columns={OPTIONAL_QUEUE_COLUMNS} visibility={visibility} onToggle={toggle} />
          </>
        }
        notice={report ? <BulkReportAlert report={report} label={queueLabel} onClose={() => setReport(null)} /> : null}
      />
      <WhenIdle>
        <AddQueueForm defaultVhost={query.vhost ?? null} />
      </WhenIdle>
    </div>
  );
}
