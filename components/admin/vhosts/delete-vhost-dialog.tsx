'use client';

import { useRouter } from 'next/navigation';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { vhostMessageCount } from '@/lib/admin/vhosts';
import type { AdminVhost } from '@/lib/api/admin-vhosts';
import { useT } from '@/lib/i18n/i18n';
import { useDeleteVhostMutation } from '@/lib/queries/admin-vhosts/delete-vhost-mutation';
import { useVhostQueueCountQuery } from '@/lib/queries/admin-vhosts/vhost-queue-count-query';
import { routes } from '@/lib/routes';
import { toast } from '@/lib/toast';

/**
 * Deleting a vhost, behind its name typed in full, saying what goes with it: its queues
 * (counted by the broker when the dialog opens) and messages.
 */
export function DeleteVhostDialog({
  name,
  vhost,
  open,
  onOpenChange,
}: {
  name: string;
  vhost: AdminVhost | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useT();
  const router = useRouter();
  const remove = useDeleteVhostMutation();
  const queues = useVhostQueueCountQuery(name, { enabled: open });
  const messages = vhostMessageCount(vhost);
  const description =
    queues.data !== undefined
      ? t('adminVhosts.delete.description', { queues: queues.data, messages })
      : queues.error
        ? t('adminVhosts.delete.descriptionUncounted', { messages })
        : t('adminVhosts.delete.counting');

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('adminVhosts.delete.title', { name })}
      description={description}
      confirmLabel={t('adminVhosts.delete.confirm')}
      typeToConfirm={name}
      onConfirm={async () => {
        await remove.mutateAsync(name);
        toast.success(t('adminVhosts.delete.deleted', { name }));
        router.push(routes.adminVhosts());
      }}
    >
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('adminVhosts.delete.alsoGone')}</p>
    </ConfirmDialog>
  );
}
