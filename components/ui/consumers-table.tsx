'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import type { QueueConsumer } from '@/lib/api/queues';
import { formatCount } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { routes } from '@/lib/routes';
import { ArgumentList } from './argument-list';
import { Badge } from './badge';
import { DataTable, type ColumnDef } from './data-table';

/** A consumer as a queue's page and a channel's page both show it: the broker's fields, and the other end. */
export type ConsumerRow = Omit<QueueConsumer, 'channel_details'> & {
  /** The channel it consumes on (shown on a queue's page). */
  channel?: string;
  /** The queue it consumes from (shown on a channel's page). */
  queue?: { vhost: string; name: string };
};

const linkClass = 'break-all text-orange-700 hover:underline dark:text-orange-400';
const rowId = (c: ConsumerRow) => JSON.stringify([c.channel ?? '', c.queue?.vhost ?? '', c.queue?.name ?? '', c.consumer_tag]);

/**
 * The consumers of a queue (with the channel each consumes on) or of a channel (with the queue),
 * with the official UI's columns: tag, ack required, exclusive, prefetch, active, arguments.
 */
export function ConsumersTable({
  consumers,
  isPending,
  caption,
  from,
}: {
  consumers: ConsumerRow[] | undefined;
  isPending: boolean;
  caption: string;
  /** Which side the other column names: the channel (queue page) or the queue (channel page). */
  from: 'channel' | 'queue';
}) {
  const { t, locale } = useI18n();
  const columns = useMemo<ColumnDef<ConsumerRow, unknown>[]>(() => {
    const yesNo = (value: boolean | undefined) =>
      value === undefined ? '—' : value ? <Badge tone="green">{t('common.yes')}</Badge> : <Badge>{t('common.no')}</Badge>;
    const other: ColumnDef<ConsumerRow, unknown> =
      from === 'channel'
        ? {
            id: 'channel',
            header: t('consumers.channel'),
            cell: ({ row: { original: c } }) =>
              c.channel ? (
                <Link prefetch={false} href={routes.channel(c.channel)} className={linkClass}>
                  {c.channel}
                </Link>
              ) : (
                '—'
              ),
          }
        : {
            id: 'queue',
            header: t('consumers.queue'),
            cell: ({ row: { original: c } }) =>
              c.queue ? (
                <Link prefetch={false} href={routes.queue(c.queue.vhost, c.queue.name)} className={linkClass}>
                  {c.queue.name}
                </Link>
              ) : (
                '—'
              ),
          };
    return [
      other,
      { id: 'tag', header: t('consumers.tag'), cell: ({ row }) => <span className="break-all">{row.original.consumer_tag}</span> },
      { id: 'ack', header: t('consumers.ackRequired'), cell: ({ row }) => yesNo(row.original.ack_required) },
      { id: 'exclusive', header: t('consumers.exclusive'), cell: ({ row }) => yesNo(row.original.exclusive) },
      {
        id: 'prefetch',
        header: t('consumers.prefetch'),
        meta: { align: 'right' },
        cell: ({ row }) => formatCount(row.original.prefetch_count, locale),
      },
      {
        id: 'active',
        header: t('consumers.active'),
        cell: ({ row: { original: c } }) => (
          <span className="inline-flex items-center gap-1">
            {yesNo(c.active === undefined ? undefined : c.active)}
            {c.activity_status && c.activity_status !== 'up' ? <span className="text-xs text-zinc-500">{c.activity_status}</span> : null}
          </span>
        ),
      },
      { id: 'arguments', header: t('consumers.arguments'), cell: ({ row }) => <ArgumentList args={row.original.arguments} /> },
    ];
  }, [t, locale, from]);
  return (
    <DataTable
      columns={columns}
      data={consumers}
      caption={caption}
      getRowId={rowId}
      isPending={isPending}
      empty={t('consumers.none')}
    />
  );
}
