'use client';

import { useMemo } from 'react';
import { nodeColumns, type NodeColumnId } from '@/components/nodes/node-columns';
import { DataTable } from '@/components/ui/data-table';
import { useI18n } from '@/lib/i18n/i18n';
import type { BrokerNode } from '@/lib/api/overview';

const OVERVIEW_COLUMNS: readonly NodeColumnId[] = ['name', 'memory', 'disk', 'fds', 'sockets', 'processes', 'uptime'];

/** The overview's nodes: each links to its page, where the rest of the figures are. */
export function NodesTable({ nodes, isPending }: { nodes: BrokerNode[] | undefined; isPending: boolean }) {
  const { t, locale } = useI18n();
  const columns = useMemo(() => nodeColumns(OVERVIEW_COLUMNS, t, locale), [t, locale]);
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
