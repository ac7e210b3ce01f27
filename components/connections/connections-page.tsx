'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { numberColumn, type ColumnDef } from '@/components/ui/data-table';
import { formatCount } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import type { Locale } from '@/lib/i18n/define';
import { CONNECTIONS_DEFAULT_SORT, connectionsQueryOptions, useConnectionsQuery } from '@/lib/queries/connections/connections-query';
import { useListUrlState } from '@/lib/queries/list-url-state';
import type { ConnectionSummary } from '@/lib/api/connections';
import { routes } from '@/lib/routes';
import { useRefreshSeconds } from '@/lib/url-state';
import { ActivityListPage } from './activity-list-page';
import type { ChoosableColumn } from '@/components/ui/column-chooser';
import { formatByteRate, formatDateTime } from './format';
import { StateBadge } from './state-badge';

/** The official UI's optional columns, with its defaults. */
const OPTIONAL_CONNECTION_COLUMNS = [
  { id: 'vhost', label: 'connections.col.vhost', defaultVisible: true },
  { id: 'node', label: 'connections.col.node', defaultVisible: true },
  { id: 'user', label: 'connections.col.user', defaultVisible: true },
  { id: 'state', label: 'connections.col.state', defaultVisible: true },
  { id: 'ssl', label: 'connections.col.ssl', defaultVisible: true },
  { id: 'protocol', label: 'connections.col.protocol', defaultVisible: true },
  { id: 'channels', label: 'connections.col.channels', defaultVisible: true },
  { id: 'channel_max', label: 'connections.col.channelMax', defaultVisible: false },
  { id: 'frame_max', label: 'connections.col.frameMax', defaultVisible: false },
  { id: 'auth_mechanism', label: 'connections.col.authMechanism', defaultVisible: false },
  { id: 'client', label: 'connections.col.client', defaultVisible: false },
  { id: 'from_client', label: 'connections.col.fromClient', defaultVisible: true },
  { id: 'to_client', label: 'connections.col.toClient', defaultVisible: true },
  { id: 'heartbeat', label: 'connections.col.heartbeat', defaultVisible: false },
  { id: 'connected_at', label: 'connections.col.connectedAt', defaultVisible: false },
] as const satisfies readonly ChoosableColumn[];


function columns(t: Translate, locale: Locale): ColumnDef<ConnectionSummary, unknown>[] {
  return [
    {
      id: 'name',
      header: t('connections.col.name'),
      meta: { sortKey: 'name' },
      cell: ({ row: { original: c } }) => <ConnectionName connection={c} />,
    },
    { id: 'vhost', header: t('connections.col.vhost'), meta: { sortKey: 'vhost' }, cell: ({ row }) => row.original.vhost },
    { id: 'node', header: t('connections.col.node'), meta: { sortKey: 'node' }, cell: ({ row }) => row.original.node ?? '—' },
    { id: 'user', header: t('connections.col.user'), meta: { sortKey: 'user' }, cell: ({ row }) => row.original.user },
    {
      id: 'state',
      header: t('connections.col.state'),
      meta: { sortKey: 'state' },
      cell: ({ row }) => <StateBadge state={row.original.state} />,
    },
    {
      id: 'ssl',
      header: t('connections.col.ssl'),
      meta: { sortKey: 'ssl' },
      cell: ({ row }) => (row.original.ssl ? <Badge tone="green">{t('connections.tls')}</Badge> : t('connections.noTls')),
    },
    { id: 'protocol', header: t('connections.col.protocol'), meta: { sortKey: 'protocol' }, cell: ({ row }) => row.original.protocol ?? '—' },
    numberColumn('channels', t('connections.col.channels'), 'channels', (c) => c.channels, (v) => formatCount(v, locale)),
    numberColumn('channel_max', t('connections.col.channelMax'), 'channel_max', (c) => c.channel_max, (v) => formatCount(v, locale)),
    numberColumn('frame_max', t('connections.col.frameMax'), 'frame_max', (c) => c.frame_max, (v) => formatCount(v, locale)),
    {
      id: 'auth_mechanism',
      header: t('connections.col.authMechanism'),
      meta: { sortKey: 'auth_mechanism' },
      cell: ({ row }) => row.original.auth_mechanism ?? '—',
    },
    {
      id: 'client',
      header: t('connections.col.client'),
      cell: ({ row: { original: c } }) =>
        [c.client_properties?.product, c.client_properties?.version].filter(Boolean).join(' ') || '—',
    },
    {
      id: 'from_client',
      header: t('connections.col.fromClient'),
      meta: { sortKey: 'recv_oct_details.rate', align: 'right', title: t('connections.fromClientTitle') },
      cell: ({ row }) => formatByteRate(row.original.recv_oct_details?.rate),
    },
    {
      id: 'to_client',
      header: t('connections.col.toClient'),
      meta: { sortKey: 'send_oct_details.rate', align: 'right', title: t('connections.toClientTitle') },
      cell: ({ row }) => formatByteRate(row.original.send_oct_details?.rate),
    },
    {
      id: 'heartbeat',
      header: t('connections.col.heartbeat'),
      meta: { sortKey: 'timeout', align: 'right' },
      cell: ({ row }) =>
        row.original.timeout ? t('connections.seconds', { seconds: row.original.timeout }) : t('connections.heartbeatOff'),
    },
    {
      id: 'connected_at',
      header: t('connections.col.connectedAt'),
      meta: { sortKey: 'connected_at' },
      cell: ({ row }) => formatDateTime(row.original.connected_at, locale),
    },
  ];
}

/** The network name links to the detail; the client-provided name, when there is one, is what people recognise. */
function ConnectionName({ connection }: { connection: ConnectionSummary }) {
  const clientName = connection.client_properties?.connection_name;
  return (
    <div className="flex min-w-0 flex-col">
      {clientName ? <span className="font-semibold break-words">{clientName}</span> : null}
      <Link
        prefetch={false}
        href={routes.connection(connection.name)}
        className={
          clientName
            ? 'text-xs break-words text-orange-700 hover:underline dark:text-orange-400'
            : 'font-medium break-words text-orange-700 hover:underline dark:text-orange-400'
        }
      >
        {connection.name}
      </Link>
    </div>
  );
}

export function ConnectionsPage() {
  const { t, locale } = useI18n();
  const [refresh] = useRefreshSeconds();
  const list = useListUrlState(connectionsQueryOptions, CONNECTIONS_DEFAULT_SORT);
  const connections = useConnectionsQuery(list.query, refresh);
  const allColumns = useMemo(() => columns(t, locale), [t, locale]);
  return (
    <ActivityListPage kind="connections" list={list} result={connections} columns={allColumns} optionalColumns={OPTIONAL_CONNECTION_COLUMNS} />
  );
}
