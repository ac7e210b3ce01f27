'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import type { Permission, TopicPermission } from '@/lib/api/admin-users';
import { useT } from '@/lib/i18n/i18n';
import { useClearPermissionMutation } from '@/lib/queries/admin-users/clear-permission-mutation';
import { useClearTopicPermissionMutation } from '@/lib/queries/admin-users/clear-topic-permission-mutation';
import { routes } from '@/lib/routes';
import { toast } from '@/lib/toast';
import { Pattern } from './pattern-field';

/** Whose permissions the table lists: a user's (one row per vhost) or a vhost's (one row per user). */
export type PermissionsPerspective = 'user' | 'vhost';

interface TableProps<T> {
  permissions: T[] | undefined;
  perspective: PermissionsPerspective;
  caption: string;
  empty: string;
  isPending: boolean;
}

/**
 * Rows of a user's or a vhost's grants (permissions, topic permissions) with "Clear" per row after
 * a confirmation: the other side (vhost or user) first, then the grant's own columns.
 */
function ClearableGrantsTable<T extends { vhost: string; user: string }>({
  permissions,
  perspective,
  caption,
  empty,
  isPending,
  columns: own,
  rowId,
  clearLabel,
  clearText,
  confirmTitle,
  confirmDescription,
  clear,
}: TableProps<T> & {
  columns: ColumnDef<T, unknown>[];
  rowId: (row: T) => string;
  clearLabel: (row: T) => string;
  clearText: string;
  confirmTitle: (row: T | null) => string;
  confirmDescription: string;
  /** Clears the grant and says so. */
  clear: (row: T) => Promise<void>;
}) {
  const t = useT();
  const [clearing, setClearing] = useState<T | null>(null);
  const columns = useMemo<ColumnDef<T, unknown>[]>(
    () => [
      perspective === 'user'
        ? { id: 'vhost', header: t('adminUsers.col.vhost'), cell: ({ row }) => <span className="break-all">{row.original.vhost}</span> }
        : { id: 'user', header: t('adminUsers.col.user'), cell: ({ row }) => <UserLink name={row.original.user} /> },
      ...own,
      {
        id: 'actions',
        header: () => <span className="sr-only">{t('adminUsers.actions')}</span>,
        meta: { align: 'right' },
        cell: ({ row }) => (
          <Button variant="outline" size="sm" aria-label={clearLabel(row.original)} onClick={() => setClearing(row.original)}>
            {clearText}
          </Button>
        ),
      },
    ],
    [perspective, t, own, clearLabel, clearText],
  );
  return (
    <>
      <DataTable columns={columns} data={permissions} caption={caption} getRowId={rowId} isPending={isPending} empty={empty} />
      <ConfirmDialog
        open={clearing !== null}
        onOpenChange={(open) => {
          if (!open) setClearing(null);
        }}
        title={confirmTitle(clearing)}
        description={confirmDescription}
        confirmLabel={clearText}
        onConfirm={async () => {
          if (clearing) await clear(clearing);
        }}
      />
    </>
  );
}

const permissionId = (permission: Permission) => JSON.stringify([permission.vhost, permission.user]);
const topicPermissionId = (permission: TopicPermission) => JSON.stringify([permission.vhost, permission.user, permission.exchange]);

/** Permissions with their three regexps and "Clear" per row (after a confirmation). */
export function PermissionsTable(props: TableProps<Permission>) {
  const t = useT();
  const mutation = useClearPermissionMutation();
  const columns = useMemo<ColumnDef<Permission, unknown>[]>(
    () => [
      { id: 'configure', header: t('adminUsers.perm.configure'), cell: ({ row }) => <Pattern value={row.original.configure} /> },
      { id: 'write', header: t('adminUsers.perm.write'), cell: ({ row }) => <Pattern value={row.original.write} /> },
      { id: 'read', header: t('adminUsers.perm.read'), cell: ({ row }) => <Pattern value={row.original.read} /> },
    ],
    [t],
  );
  const clearLabel = useMemo(() => (row: Permission) => t('adminUsers.perm.clearLabel', { user: row.user, vhost: row.vhost }), [t]);
  return (
    <ClearableGrantsTable
      {...props}
      columns={columns}
      rowId={permissionId}
      clearLabel={clearLabel}
      clearText={t('adminUsers.perm.clear')}
      confirmTitle={(row) => t('adminUsers.perm.clearTitle', { user: row?.user ?? '', vhost: row?.vhost ?? '' })}
      confirmDescription={t('adminUsers.perm.clearDescription')}
      clear={async (row) => {
        await mutation.mutateAsync({ vhost: row.vhost, user: row.user });
        toast.success(t('adminUsers.perm.cleared', { user: row.user, vhost: row.vhost }));
      }}
    />
  );
}

/** Topic permissions (per topic exchange: write and read routing-key patterns), "Clear" per row. */
export function TopicPermissionsTable(props: TableProps<TopicPermission>) {
  const t = useT();
  const mutation = useClearTopicPermissionMutation();
  const columns = useMemo<ColumnDef<TopicPermission, unknown>[]>(
    () => [
      { id: 'exchange', header: t('adminUsers.topic.exchange'), cell: ({ row }) => <span className="break-all">{row.original.exchange}</span> },
      { id: 'write', header: t('adminUsers.perm.write'), cell: ({ row }) => <Pattern value={row.original.write} /> },
      { id: 'read', header: t('adminUsers.perm.read'), cell: ({ row }) => <Pattern value={row.original.read} /> },
    ],
    [t],
  );
  const clearLabel = useMemo(
    () => (row: TopicPermission) => t('adminUsers.topic.clearLabel', { user: row.user, vhost: row.vhost, exchange: row.exchange }),
    [t],
  );
  return (
    <ClearableGrantsTable
      {...props}
      columns={columns}
      rowId={topicPermissionId}
      clearLabel={clearLabel}
      clearText={t('adminUsers.perm.clear')}
      confirmTitle={(row) => t('adminUsers.topic.clearTitle', { user: row?.user ?? '', vhost: row?.vhost ?? '', exchange: row?.exchange ?? '' })}
      confirmDescription={t('adminUsers.topic.clearDescription')}
      clear={async (row) => {
        await mutation.mutateAsync({ vhost: row.vhost, user: row.user, exchange: row.exchange });
        toast.success(t('adminUsers.topic.cleared', { user: row.user, exchange: row.exchange }));
      }}
    />
  );
}

export function UserLink({ name }: { name: string }) {
  return (
    <Link prefetch={false} href={routes.adminUser(name)} className="break-all text-orange-700 hover:underline dark:text-orange-400">
      {name}
    </Link>
  );
}
