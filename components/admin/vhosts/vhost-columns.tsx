'use client';

import { useMemo } from 'react';
import Link from 'next/link';
import { numberColumn, type ColumnDef } from '@/components/ui/data-table';
import { vhostDefaultQueueType } from '@/lib/admin/vhosts';
import type { AdminVhost } from '@/lib/api/admin-vhosts';
import { formatCount, formatRate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { routes } from '@/lib/routes';
import { ClusterStateBadges, VhostTags } from './vhost-badges';

/** The Admin vhost list's columns, with the official UI's headers; built once per language. */
export function useVhostColumns(): ColumnDef<AdminVhost, unknown>[] {
  const { t, locale } = useI18n();
  return useMemo<ColumnDef<AdminVhost, unknown>[]>(() => {
    const perSecond = (rate: number | undefined) => (rate === undefined ? '—' : t('common.perSecond', { value: formatRate(rate) }));
    const count = (value: number | undefined) => formatCount(value, locale);
    return [
      {
        id: 'name',
        header: t('common.name'),
        meta: { sortKey: 'name' },
        cell: ({ row }) => (
          <Link
            prefetch={false}
            href={routes.adminVhost(row.original.name)}
            className="break-all font-medium text-orange-700 hover:underline dark:text-orange-400"
          >
            {row.original.name}
          </Link>
        ),
      },
      {
        id: 'description',
        header: t('adminVhosts.col.description'),
        cell: ({ row }) => <span className="line-clamp-2 break-words">{row.original.description || '—'}</span>,
      },
      { id: 'tags', header: t('adminVhosts.col.tags'), cell: ({ row }) => <VhostTags tags={row.original.tags} /> },
      {
        id: 'default_queue_type',
        header: t('adminVhosts.col.defaultQueueType'),
        meta: { title: t('adminVhosts.help.defaultQueueType') },
        cell: ({ row }) => vhostDefaultQueueType(row.original) ?? '—',
      },
      {
        id: 'state',
        header: t('adminVhosts.col.state'),
        meta: { title: t('adminVhosts.help.state') },
        cell: ({ row }) => <ClusterStateBadges state={row.original.cluster_state} />,
      },
      numberColumn('ready', t('adminVhosts.col.ready'), 'messages_ready', (v) => v.messages_ready, count),
      numberColumn('unacked', t('adminVhosts.col.unacked'), 'messages_unacknowledged', (v) => v.messages_unacknowledged, count),
      numberColumn('total', t('adminVhosts.col.total'), 'messages', (v) => v.messages, count),
      numberColumn('publish', t('adminVhosts.col.publish'), 'message_stats.publish_details.rate', (v) => v.message_stats?.publish_details?.rate, perSecond),
      numberColumn(
        'deliver_get',
        t('adminVhosts.col.deliverGet'),
        'message_stats.deliver_get_details.rate',
        (v) => v.message_stats?.deliver_get_details?.rate,
        perSecond,
      ),
    ];
  }, [t, locale]);
}
