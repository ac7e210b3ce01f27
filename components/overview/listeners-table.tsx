'use client';

import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import { useT } from '@/lib/i18n/i18n';
import type { Listener } from '@/lib/api/overview';

export function ListenersTable({ listeners, isPending }: { listeners: Listener[] | undefined; isPending: boolean }) {
  const t = useT();
  const columns: ColumnDef<Listener, unknown>[] = [
    { id: 'protocol', header: t('overview.listener.protocol'), cell: ({ row }) => row.original.protocol },
    { id: 'node', header: t('overview.listener.node'), cell: ({ row }) => row.original.node },
    { id: 'ip', header: t('overview.listener.boundTo'), cell: ({ row }) => row.original.ip_address },
    { id: 'port', header: t('overview.listener.port'), meta: { align: 'right' }, cell: ({ row }) => row.original.port },
  ];
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
