'use client';

import { useMemo } from 'react';
import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import { useT } from '@/lib/i18n/i18n';
import type { Listener } from '@/lib/api/overview';

export function ListenersTable({ listeners, isPending }: { listeners: Listener[] | undefined; isPending: boolean }) {
  const t = useT();
  // The same columns across renders: new cell functions would remount every cell on each refresh.
  const columns = useMemo<ColumnDef<Listener, unknown>[]>(() => [
    { id: 'protocol', header: t('overview.listener.protocol'), cell: ({ row }) => row.original.protocol },
    { id: 'node', header: t('overview.listener.node'), cell: ({ row }) => row.original.node },
    { id: 'ip', header: t('overview.listener.boundTo'), cell: ({ row }) => row.original.ip_address },
    { id: 'port', header: t('overview.listener.port'), meta: { align: 'right' }, cell: ({ row }) => row.original.port },
  ], [t]);
  return (
    <DataTable
      caption={t('overview.listeners')}
      columns={columns}
      data={listeners}
      isPending={isPending}
      getRowId={(l) => `${l.node}-${l.protocol}-${l.port}`}
      empty={t('state.empty')}
    />
  );
}
