'use client';

import { useState } from 'react';
import { toast } from '@/lib/toast';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { BulkResult } from '@/lib/api/queues';
import { useI18n } from '@/lib/i18n/i18n';
import { useBulkQueueActionMutation } from '@/lib/queries/queues/bulk-queue-action-mutation';

export type QueueRef = { vhost: string; name: string };
type BulkAction = 'purge' | 'delete';
export interface BulkReport {
  action: BulkAction;
  failed: BulkResult[];
  total: number;
}

// A row's id carries its vhost and name, so a selection can be turned back into queues.
export const queueRowId = (queue: QueueRef) => JSON.stringify([queue.vhost, queue.name]);
export const queueFromRowId = (id: string): QueueRef => {
  const [vhost, name] = JSON.parse(id) as [string, string];
  return { vhost, name };
};

/**
 * "Purge selected" and "Delete selected": one confirmation listing the queues (type-to-confirm
 * for delete), then one result per queue. Failures stay selected and are reported beside the list.
 */
export function BulkQueueActions({
  selected,
  label,
  onFinished,
}: {
  selected: QueueRef[];
  label: (queue: QueueRef) => string;
  /** The queues that failed (to keep selected) and the report, or null when all succeeded. */
  onFinished: (failed: QueueRef[], report: BulkReport | null) => void;
}) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<BulkAction | null>(null);
  const bulk = useBulkQueueActionMutation();
  const count = selected.length;
  const isDelete = dialog === 'delete';

  const run = async (action: BulkAction) => {
    const response = await bulk.mutateAsync({ action, queues: selected });
    const failed = response.results.filter((result) => !result.ok);
    const done = response.results.length - failed.length;
    onFinished(failed, failed.length ? { action, failed, total: response.results.length } : null);
    if (done > 0) toast.success(t(action === 'purge' ? 'queues.bulk.purged' : 'queues.bulk.deleted', { count: done }));
  };

  return (
    <>
      <span className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {t('queues.bulk.selected', { count })}
      </span>
      <Button variant="outline" size="sm" disabled={!count} onClick={() => setDialog('purge')}>
        {t('queues.bulk.purgeButton')}
      </Button>
      <Button variant="destructive" size="sm" disabled={!count} onClick={() => setDialog('delete')}>
        {t('queues.bulk.deleteButton')}
      </Button>
      <ConfirmDialog
        open={dialog !== null}
        onOpenChange={(open) => {
          if (!open) setDialog(null);
        }}
        title={t(isDelete ? 'queues.bulk.deleteTitle' : 'queues.bulk.purgeTitle', { count })}
        description={t(isDelete ? 'queues.bulk.deleteDescription' : 'queues.bulk.purgeDescription')}
        confirmLabel={t(isDelete ? 'queues.bulk.deleteConfirm' : 'queues.bulk.purgeConfirm', { count })}
        typeToConfirm={isDelete ? t('queues.bulk.deleteTypeText', { count }) : undefined}
        onConfirm={() => (dialog ? run(dialog) : Promise.resolve())}
      >
        <ul aria-label={t('queues.bulk.listLabel')} className="max-h-48 overflow-y-auto rounded border border-zinc-200 p-2 text-sm dark:border-zinc-700">
          {selected.map((queue) => (
            <li key={queueRowId(queue)} className="break-all">
              {label(queue)}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </>
  );
}

/** Which queues a bulk action could not purge or delete, and the broker's reason for each. */
export function BulkReportAlert({ report, label, onClose }: { report: BulkReport; label: (queue: QueueRef) => string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      tone="error"
      title={t(report.action === 'purge' ? 'queues.bulk.purgeFailed' : 'queues.bulk.deleteFailed', {
        failed: report.failed.length,
        total: report.total,
      })}
      action={
        <Button variant="ghost" size="sm" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      <ul className="mt-1 list-disc pl-5">
        {report.failed.map((result) => (
          <li key={queueRowId(result)}>
            <span className="font-medium">{label(result)}</span>: {result.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
