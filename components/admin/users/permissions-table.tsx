'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import type { Permission } from '@/lib/api/admin-users';
import { useT } from '@/lib/i18n/i18n';
import { useClearPermissionMutation } from '@/lib/queries/admin-users/clear-permission-mutation';
import { routes } from '@/lib/routes';
import { toast } from '@/lib/toast';
import { Pattern } from './pattern-field';

/** Whose permissions the table lists: a user's (one row per vhost) or a vhost's (one row per user). */
export type PermissionsPerspective = 'user' | 'vhost';

const permissionId = (permission: { vhost: string; user: string }) => JSON.stringify([permission.vhost, permission.user]);

/** Permissions with their three regexps and "Clear" per row (after a confirmation). */
export function PermissionsTable({
  permissions,
  perspective,
  caption,
  empty,
  isPending,
}: {
  permissions: Permission[] | undefined;
  perspective: PermissionsPerspective;
  caption: string;
  empty: string;
  isPending: boolean;
}) {
  const t = useT();
  const [clearing, setClearing] = useState<Permission | null>(null);
  const clear = useClearPermissionMutation();

  const columns = useMemo<ColumnDef<Permission, unknown>[]>(
    () => [
      perspective === 'user'
        ? { id: 'vhost', header: t('adminUsers.col.vhost'), cell: ({ row }) => <span className="break-all">{row.original.vhost}</span> }
        : { id: 'user', header: t('adminUsers.col.user'), cell: ({ row }) => <UserLink name={row.original.user} /> },
      { id: 'configure', header: t('adminUsers.perm.configure'), cell: ({ row }) => <Pattern value={row.original.configure} /> },
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
            aria-label={t('adminUsers.perm.clearLabel', { user: row.original.user, vhost: row.original.vhost })}
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
      <DataTable columns={columns} data={permissions} caption={caption} getRowId={permissionId} isPending={isPending} empty={empty} />
      <ConfirmDialog
        open={clearing !== null}
        onOpenChange={(open) => {
          if (!open) setClearing(null);
        }}
        title={t('adminUsers.perm.clearTitle', { user: clearing?.user ?? '', vhost: clearing?.vhost ?? '' })}
        description={t('adminUsers.perm.clearDescription')}
        confirmLabel={t('adminUsers.perm.clear')}
        onConfirm={async () => {
          if (!clearing) return;
          await clear.mutateAsync({ vhost: clearing.vhost, user: clearing.user });
          toast.success(t('adminUsers.perm.cleared', { user: clearing.user, vhost: clearing.vhost }));
        }}
      />
    </>
  );
}

export function UserLink({ name }: { name: string }) {
  return (
    <Link prefetch={false} href={routes.adminUser(name)} className="break-all text-orange-700 hover:underline dark:text-orange-400">
      {name}
    </Link>
  );
}
