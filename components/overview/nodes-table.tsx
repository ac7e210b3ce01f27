'use client';

import { useMemo } from 'react';
import { nodeColumns, type NodeColumnId } from '@/components/nodes/node-columns';
import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import { useI18n } from '@/lib/i18n/i18n';
import type { BrokerNode } from '@/lib/api/overview';
import { NodeMemoryTrend } from './node-memory-trend';

const OVERVIEW_COLUMNS: readonly NodeColumnId[] = ['name', 'memory', 'disk', 'fds', 'sockets', 'processes', 'uptime'];

/** The overview's nodes: each links to its page, where the rest of the figures are. */
export function NodesTable({ nodes, isPending }: { nodes: BrokerNode[] | undefined; isPending: boolean }) {
  const { t, locale } = useI18n();
  const columns = useMemo(() => {
    const all = nodeColumns(OVERVIEW_COLUMNS, t, locale);
    const trend: ColumnDef<BrokerNode, unknown> = {
      id: 'memoryTrend',
      header: t('overview.memoryTrendColumn'),
      cell: ({ row }) => <NodeMemoryTrend name={row.original.name} running={row.original.running !== false} />,
    };
    // Beside the memory meter.
    const at = all.findIndex((column) => column.id === 'memory') + 1;
    return [...all.slice(0, at), trend, ...all.slice(at)];
  }, [t, locale]);
  return (
    <DataTable
      caption={t('overview.nodes')}
      columns={columns}
      data={nodes}
      isPending={isPending}
      getRowId={(node) => node.name}
      empty={t('state.empty')}
    />
  );
}
