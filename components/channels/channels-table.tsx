'use client';

import { useMemo, type ReactNode } from 'react';
import Link from 'next/link';
import type { ChoosableColumn, ColumnVisibility } from '@/components/ui/column-chooser';
import { StateBadge } from '@/components/connections/state-badge';
import { DataTable, numberColumn, type ColumnDef, type SortState } from '@/components/ui/data-table';
import { formatCount, formatRate } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import type { Locale } from '@/lib/i18n/define';
import type { ChannelMessageStats, ChannelSummary } from '@/lib/api/channels';
import { routes } from '@/lib/routes';
import { ChannelMode } from './channel-mode';

/** The official UI's optional channel columns, with its defaults. */
export const OPTIONAL_CHANNEL_COLUMNS = [
  { id: 'node', label: 'channels.col.node', defaultVisible: false },
  { id: 'vhost', label: 'channels.col.vhost', defaultVisible: true },
  { id: 'user', label: 'channels.col.user', defaultVisible: true },
  { id: 'mode', label: 'channels.col.mode', defaultVisible: true },
  { id: 'state', label: 'channels.col.state', defaultVisible: true },
  { id: 'unconfirmed', label: 'channels.col.unconfirmed', defaultVisible: true },
  { id: 'prefetch', label: 'channels.col.prefetch', defaultVisible: true },
  { id: 'unacked', label: 'channels.col.unacked', defaultVisible: true },
  { id: 'uncommitted_msgs', label: 'channels.col.uncommittedMsgs', defaultVisible: false },
  { id: 'uncommitted_acks', label: 'channels.col.uncommittedAcks', defaultVisible: false },
  { id: 'consumers', label: 'channels.col.consumers', defaultVisible: false },
  { id: 'rate_publish', label: 'channels.rate.publish', defaultVisible: true },
  { id: 'rate_confirm', label: 'channels.rate.confirm', defaultVisible: true },
  { id: 'rate_return', label: 'channels.rate.returnUnroutable', defaultVisible: false },
  { id: 'rate_drop', label: 'channels.rate.dropUnroutable', defaultVisible: true },
  { id: 'rate_deliver', label: 'channels.rate.deliverGet', defaultVisible: true },
  { id: 'rate_redeliver', label: 'channels.rate.redeliver', defaultVisible: false },
  { id: 'rate_ack', label: 'channels.rate.ack', defaultVisible: true },
] as const satisfies readonly ChoosableColumn[];


type RateKey = keyof ChannelMessageStats & `${string}_details`;

function rateColumn(id: string, header: string, key: RateKey, t: Translate, title?: string): ColumnDef<ChannelSummary, unknown> {
  return {
    id,
    header,
    meta: { sortKey: `message_stats.${key}.rate`, align: 'right', title },
    cell: ({ row }) => {
      const details = row.original.message_stats?.[key];
      return t('common.perSecond', { value: formatRate(typeof details === 'object' ? details.rate : 0) });
    },
  };
}

function count(value: number | undefined, locale: Locale): string {
  return formatCount(value ?? 0, locale);
}

function columns(t: Translate, locale: Locale): ColumnDef<ChannelSummary, unknown>[] {
  return [
    {
      id: 'name',
      header: t('channels.col.name'),
      meta: { sortKey: 'name' },
      cell: ({ row }) => (
        <Link prefetch={false} href={routes.channel(row.original.name)} className="font-medium whitespace-nowrap text-orange-700 hover:underline dark:text-orange-400">
          {row.original.name}
        </Link>
      ),
    },
    { id: 'node', header: t('channels.col.node'), meta: { sortKey: 'node' }, cell: ({ row }) => <span className="whitespace-nowrap">{row.original.node ?? '—'}</span> },
    { id: 'vhost', header: t('channels.col.vhost'), meta: { sortKey: 'vhost' }, cell: ({ row }) => row.original.vhost },
    {
      id: 'user',
      header: t('channels.col.user'),
      meta: { sortKey: 'user' },
      cell: ({ row }) => <span className="whitespace-nowrap">{row.original.user}</span>,
    },
    {
      id: 'mode',
      header: t('channels.col.mode'),
      meta: { title: t('channels.mode.help') },
      cell: ({ row }) => <ChannelMode channel={row.original} />,
    },
    {
      id: 'state',
      header: t('channels.col.state'),
      meta: { sortKey: 'state' },
      cell: ({ row }) => <StateBadge state={row.original.state} idleSince={row.original.idle_since} />,
    },
    numberColumn('unconfirmed', t('channels.col.unconfirmed'), 'messages_unconfirmed', (c) => c.messages_unconfirmed, (v) => count(v, locale)),
    {
      id: 'prefetch',
      header: t('channels.col.prefetch'),
      meta: { sortKey: 'prefetch_count', align: 'right' },
      cell: ({ row: { original: c } }) => (
        <span className="inline-flex flex-col items-end">
          <span>{count(c.prefetch_count, locale)}</span>
          {c.global_prefetch_count ? (
            <span className="text-xs text-zinc-500">{t('channels.globalPrefetch', { count: count(c.global_prefetch_count, locale) })}</span>
          ) : null}
        </span>
      ),
    },
    numberColumn('unacked', t('channels.col.unacked'), 'messages_unacknowledged', (c) => c.messages_unacknowledged, (v) => count(v, locale)),
    numberColumn('uncommitted_msgs', t('channels.col.uncommittedMsgs'), 'messages_uncommitted', (c) => c.messages_uncommitted, (v) => count(v, locale)),
    numberColumn('uncommitted_acks', t('channels.col.uncommittedAcks'), 'acks_uncommitted', (c) => c.acks_uncommitted, (v) => count(v, locale)),
    numberColumn('consumers', t('channels.col.consumers'), 'consumer_count', (c) => c.consumer_count, (v) => count(v, locale)),
    rateColumn('rate_publish', t('channels.rate.publish'), 'publish_details', t),
    rateColumn('rate_confirm', t('channels.rate.confirm'), 'confirm_details', t),
    rateColumn('rate_return', t('channels.rate.returnUnroutable'), 'return_unroutable_details', t),
    // A short header keeps the default columns within a laptop screen; the tooltip says it in full.
    rateColumn('rate_drop', t('channels.rate.dropShort'), 'drop_unroutable_details', t, t('channels.rate.dropUnroutable')),
    rateColumn('rate_deliver', t('channels.rate.deliverGet'), 'deliver_get_details', t),
    rateColumn('rate_redeliver', t('channels.rate.redeliver'), 'redeliver_details', t),
    rateColumn('rate_ack', t('channels.rate.ack'), 'ack_details', t),
  ];
}

/** Channels as a table: the channels list (sorted at the broker) and a connection's channels. */
export function ChannelsTable({
  channels,
  caption,
  isPending,
  empty,
  sort,
  onSortChange,
  columnVisibility,
}: {
  channels: ChannelSummary[] | undefined;
  caption: string;
  isPending: boolean;
  empty: ReactNode;
  sort?: SortState | null;
  onSortChange?: (sort: SortState | null) => void;
  columnVisibility?: ColumnVisibility;
}) {
  const allColumns = useChannelColumns();
  return (
    <DataTable
      caption={caption}
      columns={allColumns}
      data={channels}
      isPending={isPending}
      getRowId={channelName}
      sort={sort}
      onSortChange={onSortChange}
      columnVisibility={columnVisibility}
      empty={empty}
    />
  );
}

/** The channel list's columns, with the official UI's headers; built once per language. */
export function useChannelColumns(): ColumnDef<ChannelSummary, unknown>[] {
  const { t, locale } = useI18n();
  return useMemo(() => columns(t, locale), [t, locale]);
}

const channelName = (channel: ChannelSummary) => channel.name;
