'use client';

import { useMemo } from 'react';
import { Badge } from '@/components/ui/badge';
import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import type { NodeApplication, NodeCapability, NodeContext } from '@/lib/api/nodes';
import type { Listener } from '@/lib/api/overview';
import { useT } from '@/lib/i18n/i18n';

// The node page's small tables. Each is short (a handful of rows) and changes only with the
// node's configuration.

export function NodeListenersTable({ listeners, isPending, empty }: { listeners: Listener[] | undefined; isPending: boolean; empty: string }) {
  const t = useT();
  const columns = useMemo<ColumnDef<Listener, unknown>[]>(
    () => [
      { id: 'protocol', header: t('overview.listener.protocol'), cell: ({ row }) => row.original.protocol },
      { id: 'ip', header: t('overview.listener.boundTo'), cell: ({ row }) => row.original.ip_address },
      { id: 'port', header: t('overview.listener.port'), meta: { align: 'right' }, cell: ({ row }) => row.original.port },
    ],
    [t],
  );
  return (
    <DataTable
      caption={t('nodes.detail.listeners')}
      columns={columns}
      data={listeners}
      isPending={isPending}
      getRowId={(l) => `${l.protocol}-${l.ip_address}-${l.port}`}
      empty={empty}
    />
  );
}

export function NodeContextsTable({ contexts, isPending, empty }: { contexts: NodeContext[] | undefined; isPending: boolean; empty: string }) {
  const t = useT();
  const columns = useMemo<ColumnDef<NodeContext, unknown>[]>(
    () => [
      { id: 'description', header: t('nodes.context.description'), cell: ({ row }) => row.original.description ?? '—' },
      { id: 'path', header: t('nodes.context.path'), cell: ({ row }) => row.original.path ?? '—' },
      { id: 'ip', header: t('overview.listener.boundTo'), cell: ({ row }) => row.original.ip ?? '—' },
      { id: 'port', header: t('overview.listener.port'), meta: { align: 'right' }, cell: ({ row }) => row.original.port ?? '—' },
    ],
    [t],
  );
  return (
    <DataTable
      caption={t('nodes.detail.contexts')}
      columns={columns}
      data={contexts}
      isPending={isPending}
      getRowId={(c) => `${c.path}-${c.port}`}
      empty={empty}
    />
  );
}

interface Plugin {
  name: string;
  version?: string;
  description?: string;
}

/** The enabled plugins, with version and description from the node's running applications. */
export function NodePluginsTable({
  enabled,
  applications,
  isPending,
  empty,
}: {
  enabled: string[] | undefined;
  applications: NodeApplication[] | undefined;
  isPending: boolean;
  empty: string;
}) {
  const t = useT();
  const plugins = useMemo<Plugin[] | undefined>(
    () => enabled?.map((name) => ({ name, ...applications?.find((app) => app.name === name) })),
    [enabled, applications],
  );
  const columns = useMemo<ColumnDef<Plugin, unknown>[]>(
    () => [
      { id: 'name', header: t('common.name'), cell: ({ row }) => <span className="font-mono text-xs">{row.original.name}</span> },
      { id: 'version', header: t('nodes.plugin.version'), cell: ({ row }) => row.original.version ?? '—' },
      { id: 'description', header: t('nodes.plugin.description'), cell: ({ row }) => row.original.description ?? '—' },
    ],
    [t],
  );
  return (
    <DataTable caption={t('nodes.detail.plugins')} columns={columns} data={plugins} isPending={isPending} getRowId={(p) => p.name} empty={empty} />
  );
}

/** Exchange types or authentication mechanisms: name, description, enabled. */
export function NodeCapabilitiesTable({
  caption,
  items,
  isPending,
  empty,
}: {
  caption: string;
  items: NodeCapability[] | undefined;
  isPending: boolean;
  empty: string;
}) {
  const t = useT();
  const columns = useMemo<ColumnDef<NodeCapability, unknown>[]>(
    () => [
      { id: 'name', header: t('common.name'), cell: ({ row }) => <span className="font-mono text-xs">{row.original.name}</span> },
      { id: 'description', header: t('nodes.plugin.description'), cell: ({ row }) => row.original.description ?? '—' },
      {
        id: 'enabled',
        header: t('nodes.capability.enabled'),
        cell: ({ row }) =>
          row.original.enabled === false ? <Badge>{t('common.no')}</Badge> : <Badge tone="green">{t('common.yes')}</Badge>,
      },
    ],
    [t],
  );
  return <DataTable caption={caption} columns={columns} data={items} isPending={isPending} getRowId={(item) => item.name} empty={empty} />;
}
