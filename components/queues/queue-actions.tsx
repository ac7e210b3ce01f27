'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from '@/lib/toast';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CheckboxField } from '@/components/ui/field';
import type { QueueDetail } from '@/lib/api/queues';
import { useI18n } from '@/lib/i18n/i18n';
import { useDeleteQueueMutation } from '@/lib/queries/queues/delete-queue-mutation';
import { usePurgeQueueMutation } from '@/lib/queries/queues/purge-queue-mutation';

/** Purge and Delete on a queue's page, each behind its confirmation (delete: type the name, if-empty / if-unused). */
export function QueueActions({ vhost, name, queue, listHref }: { vhost: string; name: string; queue: QueueDetail | undefined; listHref: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const purge = usePurgeQueueMutation();
  const remove = useDeleteQueueMutation();
  const [dialog, setDialog] = useState<'purge' | 'delete' | null>(null);
  const [ifEmpty, setIfEmpty] = useState(false);
  const [ifUnused, setIfUnused] = useState(false);
  const isStream = queue?.type === 'stream';

  return (
    <div className="flex gap-2">
      <Button variant="outline" onClick={() => setDialog('purge')} disabled={!queue || isStream} title={isStream ? t('queues.detail.purgeStream') : undefined}>
        {t('queues.purge')}
      </Button>
      <Button variant="destructive" onClick={() => setDialog('delete')} disabled={!queue}>
        {t('queues.delete')}
      </Button>

      <ConfirmDialog
        open={dialog === 'purge'}
        onOpenChange={(open) => setDialog(open ? 'purge' : null)}
        title={t('queues.purgeTitle', { name })}
        description={t('queues.purgeDescription', { count: queue?.messages_ready ?? 0 })}
        confirmLabel={t('queues.purge')}
        onConfirm={async () => {
          await purge.mutateAsync({ vhost, name });
          toast.success(t('queues.purged', { name }));
        }}
      />
      <ConfirmDialog
        open={dialog === 'delete'}
        onOpenChange={(open) => {
          setDialog(open ? 'delete' : null);
          if (!open) {
            setIfEmpty(false);
            setIfUnused(false);
          }
        }}
        title={t('queues.deleteTitle', { name })}
        description={t('queues.deleteDescription', { count: queue?.messages ?? 0 })}
        confirmLabel={t('queues.delete')}
        typeToConfirm={name}
        onConfirm={async () => {
          await remove.mutateAsync({ vhost, name, ifEmpty, ifUnused });
          toast.success(t('queues.deleted', { name }));
          router.push(listHref);
        }}
      >
        <div className="flex flex-col gap-1">
          <CheckboxField label={t('queues.ifEmpty')} checked={ifEmpty} onChange={(event) => setIfEmpty(event.target.checked)} />
          <CheckboxField label={t('queues.ifUnused')} checked={ifUnused} onChange={(event) => setIfUnused(event.target.checked)} />
        </div>
      </ConfirmDialog>
    </div>
  );
}
