'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import type { ColumnDef } from '@/components/ui/data-table';
import type { UserSummary } from '@/lib/api/admin-users';
import { useT } from '@/lib/i18n/i18n';
import { routes } from '@/lib/routes';
import { UserTags, VhostAccess } from './user-tags';

/** The users list's columns, sorted by Warren (the sort keys of lib/api/admin-users.ts). */
export function useUserColumns(): ColumnDef<UserSummary, unknown>[] {
  const t = useT();
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('adminUsers.col.name'),
        meta: { sortKey: 'name' },
        cell: ({ row }) => (
          <Link
            prefetch={false}
            href={routes.adminUser(row.original.name)}
            className="font-medium break-all text-orange-700 hover:underline dark:text-orange-400"
          >
            {row.original.name}
          </Link>
        ),
      },
      { id: 'tags', header: t('adminUsers.col.tags'), meta: { sortKey: 'tags' }, cell: ({ row }) => <UserTags tags={row.original.tags} /> },
      {
        id: 'vhosts',
        header: t('adminUsers.col.vhosts'),
        meta: { sortKey: 'vhosts', title: t('adminUsers.col.vhostsTitle') },
        cell: ({ row }) => <VhostAccess vhosts={row.original.vhosts} />,
      },
      {
        id: 'has_password',
        header: t('adminUsers.col.hasPassword'),
        meta: { sortKey: 'has_password' },
        cell: ({ row }) => (row.original.has_password ? t('common.yes') : t('common.no')),
      },
    ],
    [t],
  );
}
