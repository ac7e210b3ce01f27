'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import { numberColumn, type ColumnDef } from '@/components/ui/data-table';
import type { QueueListItem } from '@/lib/api/queues';
import { formatBytes, formatCount, formatRate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { consumerCapacityPercent } from '@/lib/queue-features';
import { routes } from '@/lib/routes';
import { FeatureBadges, QueueStateBadge } from './queue-badges';

/** The queues list's columns, with the official UI's headers; built once per language. */
export function useQueueListColumns(): ColumnDef<QueueListItem, unknown>[] {
  const { t, locale } = useI18n();
  return useMemo<ColumnDef<QueueListItem, unknown>[]>(() => {
    const perSecond = (rate: number | undefined) => (rate === undefined ? '—' : t('common.perSecond', { value: formatRate(rate) }));
    const count = (value: number | undefined) => formatCount(value, locale);
    return [
      { id: 'vhost', header: t('queues.col.vhost'), meta: { sortKey: 'vhost', width: '7rem' }, cell: ({ row }) => row.original.vhost },
      {
        id: 'name',
        header: t('common.name'),
        meta: { sortKey: 'name', width: '13rem' },
        cell: ({ row }) => (
          <Link
            prefetch={false}
            href={routes.queue(row.original.vhost, row.original.name)}
            className="break-all font-medium text-orange-700 hover:underline dark:text-orange-400"
          >
            {row.original.name}
          </Link>
        ),
      },
      { id: 'type', header: t('queues.col.type'), meta: { sortKey: 'type', width: '6rem' }, cell: ({ row }) => row.original.type ?? '—' },
      { id: 'features', header: t('queues.col.features'), meta: { width: '7.5rem' }, cell: ({ row }) => <FeatureBadges queue={row.original} /> },
      { id: 'state', header: t('queues.col.state'), meta: { sortKey: 'state', width: '7rem' }, cell: ({ row }) => <QueueStateBadge queue={row.original} /> },
      numberColumn('consumers', t('queues.col.consumers'), 'consumers', (q) => q.consumers, count),
      {
        id: 'consumer_capacity',
        header: t('queues.col.consumerCapacity'),
        meta: { sortKey: 'consumer_utilisation', align: 'right', title: t('queues.help.consumerCapacity'), width: '7.5rem' },
        cell: ({ row }) => {
          const percent = consumerCapacityPercent(row.original.consumer_utilisation);
          return percent === null ? '—' : `${percent}%`;
        },
      },
      numberColumn('ready', t('queues.col.ready'), 'messages_ready', (q) => q.messages_ready, count),
      numberColumn('unacked', t('queues.col.unacked'), 'messages_unacknowledged', (q) => q.messages_unacknowledged, count),
      numberColumn('total', t('queues.col.total'), 'messages', (q) => q.messages, count),
      numberColumn('ready_bytes', t('queues.col.readyBytes'), 'message_bytes_ready', (q) => q.message_bytes_ready, formatBytes),
      numberColumn('unacked_bytes', t('queues.col.unackedBytes'), 'message_bytes_unacknowledged', (q) => q.message_bytes_unacknowledged, formatBytes),
      numberColumn('total_bytes', t('queues.col.totalBytes'), 'message_bytes', (q) => q.message_bytes, formatBytes),
      numberColumn('incoming', t('queues.col.incoming'), 'message_stats.publish_details.rate', (q) => q.message_stats?.publish_details?.rate, perSecond),
      numberColumn('deliver_get', t('queues.col.deliverGet'), 'message_stats.deliver_get_details.rate', (q) => q.message_stats?.deliver_get_details?.rate, perSecond),
      numberColumn('redelivered', t('queues.col.redelivered'), 'message_stats.redeliver_details.rate', (q) => q.message_stats?.redeliver_details?.rate, perSecond),
      numberColumn('ack', t('queues.col.ack'), 'message_stats.ack_details.rate', (q) => q.message_stats?.ack_details?.rate, perSecond),
    ];
  }, [t, locale]);
}
