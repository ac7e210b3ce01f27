'use client';

import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import type { TopicPermission } from '@/lib/api/admin-users';
import { useT } from '@/lib/i18n/i18n';
import { useClearTopicPermissionMutation } from '@/lib/queries/admin-users/clear-topic-permission-mutation';
import { toast } from '@/lib/toast';
import { Pattern } from './pattern-field';
import { UserLink, type PermissionsPerspective } from './permissions-table';

const topicPermissionId = (permission: TopicPermission) => JSON.stringify([permission.vhost, permission.user, permission.exchange]);

/** Topic permissions (per topic exchange: write and read routing-key patterns), "Clear" per row. */
export function TopicPermissionsTable({
  permissions,
  perspective,
  caption,
  empty,
  isPending,
}: {
  permissions: TopicPermission[] | undefined;
  perspective: PermissionsPerspective;
  caption: string;
  empty: string;
  isPending: boolean;
}) {
  const t = useT();
  const [clearing, setClearing] = useState<TopicPermission | null>(null);
  const clear = useClearTopicPermissionMutation();

  const columns = useMemo<ColumnDef<TopicPermission, unknown>[]>(
    () => [
      perspective === 'user'
        ? { id: 'vhost', header: t('adminUsers.col.vhost'), cell: ({ row }) => <span className="break-all">{row.original.vhost}</span> }
        : { id: 'user', header: t('adminUsers.col.user'), cell: ({ row }) => <UserLink name={row.original.user} /> },
      { id: 'exchange', header: t('adminUsers.topic.exchange'), cell: ({ row }) => <span className="break-all">{row.original.exchange}</span> },
      { id: 'write', header: t('adminUsers.perm.write'), cell: ({ row }) => <Pattern value={row.original.write} /> },
      { id: 'read', header: t('adminUsers.perm.read'), cell: ({ row }) => <Pattern value={row.original.read} /> },
      {
        id: 'actions',
        header: () => <span className="sr-only">{t('adminUsers.actions')}</span>,
        meta: { align: 'right' },
        cell: ({ row }) => (
          <Button
            variant="outline"
            size="sm"
            aria-label={t('adminUsers.topic.clearLabel', { user: row.original.user, vhost: row.original.vhost, exchange: row.original.exchange })}
            onClick={() => setClearing(row.original)}
          >
            {t('adminUsers.perm.clear')}
          </Button>
        ),
      },
    ],
    [perspective, t],
  );

  return (
    <>
      <DataTable columns={columns} data={permissions} caption={caption} getRowId={topicPermissionId} isPending={isPending} empty={empty} />
      <ConfirmDialog
        open={clearing !== null}
        onOpenChange={(open) => {
          if (!open) setClearing(null);
        }}
        title={t('adminUsers.topic.clearTitle', { user: clearing?.user ?? '', vhost: clearing?.vhost ?? '', exchange: clearing?.exchange ?? '' })}
        description={t('adminUsers.topic.clearDescription')}
        confirmLabel={t('adminUsers.perm.clear')}
        onConfirm={async () => {
          if (!clearing) return;
          await clear.mutateAsync({ vhost: clearing.vhost, user: clearing.user, exchange: clearing.exchange });
          toast.success(t('adminUsers.topic.cleared', { user: clearing.user, exchange: clearing.exchange }));
        }}
      />
    </>
  );
}
