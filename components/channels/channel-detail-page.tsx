'use client';

import Link from 'next/link';
import { useChartSeries } from '@/components/charts/chart-series';
import { RangeSelect, useChartRange } from '@/components/charts/range-select';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { DetailList, type DetailItem } from '@/components/ui/detail-list';
import { ConsumersTable } from '@/components/ui/consumers-table';
import { MissingNotice } from '@/components/ui/missing-notice';
import { StateBadge } from '@/components/connections/state-badge';
import { Badge } from '@/components/ui/badge';
import { Section } from '@/components/ui/card';
import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api/errors';
import { SERIES_KEYS } from '@/lib/api/series';
import { formatCount, formatRate } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import { useChannelQuery } from '@/lib/queries/channels/channel-query';
import { useSeriesQuery } from '@/lib/queries/series/series-query';
import type { ChannelDelivery, ChannelMessageStats, ChannelPublish } from '@/lib/api/channels';
import { routes } from '@/lib/routes';
import { useRefreshSeconds } from '@/lib/url-state';
import { ChannelMode } from './channel-mode';

type RateKey = keyof ChannelMessageStats & `${string}_details`;

const linkClass = 'break-all text-orange-700 hover:underline dark:text-orange-400';

function rate(t: Translate, stats: ChannelMessageStats | undefined, key: RateKey): string {
  const details = stats?.[key];
  return t('common.perSecond', { value: formatRate(typeof details === 'object' ? details.rate : 0) });
}

function yesNo(t: Translate, value: boolean | undefined) {
  return value ? <Badge tone="green">{t('common.yes')}</Badge> : <Badge>{t('common.no')}</Badge>;
}

function publishColumns(t: Translate): ColumnDef<ChannelPublish, unknown>[] {
  return [
    {
      id: 'exchange',
      header: t('channels.detail.exchange'),
      cell: ({ row: { original: p } }) => (
        <Link prefetch={false} href={routes.exchange(p.exchange.vhost, p.exchange.name)} className={linkClass}>
          {p.exchange.name || t('exchanges.defaultName')}
        </Link>
      ),
    },
    { id: 'publish', header: t('channels.rate.publish'), meta: { align: 'right' }, cell: ({ row }) => rate(t, row.original.stats, 'publish_details') },
    { id: 'confirm', header: t('channels.rate.confirm'), meta: { align: 'right' }, cell: ({ row }) => rate(t, row.original.stats, 'confirm_details') },
    {
      id: 'drop',
      header: t('channels.rate.dropUnroutable'),
      meta: { align: 'right' },
      cell: ({ row }) => rate(t, row.original.stats, 'drop_unroutable_details'),
    },
  ];
}

function deliveryColumns(t: Translate): ColumnDef<ChannelDelivery, unknown>[] {
  return [
    {
      id: 'queue',
      header: t('channels.detail.queue'),
      cell: ({ row: { original: d } }) => (
        <Link prefetch={false} href={routes.queue(d.queue.vhost, d.queue.name)} className={linkClass}>
          {d.queue.name}
        </Link>
      ),
    },
    { id: 'deliver', header: t('channels.rate.deliverGet'), meta: { align: 'right' }, cell: ({ row }) => rate(t, row.original.stats, 'deliver_get_details') },
    { id: 'redeliver', header: t('channels.rate.redeliver'), meta: { align: 'right' }, cell: ({ row }) => rate(t, row.original.stats, 'redeliver_details') },
    { id: 'ack', header: t('channels.rate.ack'), meta: { align: 'right' }, cell: ({ row }) => rate(t, row.original.stats, 'ack_details') },
  ];
}

export function ChannelDetailPage({ name }: { name: string }) {
  const { t, locale } = useI18n();
  const [refresh] = useRefreshSeconds();
  const query = useChannelQuery(name, refresh);
  const gone = query.error instanceof ApiError && query.error.code === 'NOT_FOUND';
  const range = useChartRange();
  const series = useSeriesQuery(gone ? null : { of: 'channel', name }, range, refresh);
  const rateSeries = useChartSeries(SERIES_KEYS.channel);
  const c = query.data;
  const pending = query.isPending;

  if (gone) {
    return (
      <MissingNotice
        tone="info"
        heading={t('channels.detail.title', { name })}
        title={t('channels.detail.gone', { name })}
        hint={t('channels.detail.goneHint')}
        backHref={routes.channels()}
        backLabel={t('channels.detail.back')}
      />
    );
  }

  const connectionName = c?.connection_details?.name;
  const overview: DetailItem[] = [
    {
      label: t('channels.detail.connection'),
      value: connectionName ? (
        <Link prefetch={false} href={routes.connection(connectionName)} className={linkClass}>
          {connectionName}
        </Link>
      ) : (
        '—'
      ),
    },
    { label: t('channels.detail.number'), value: c?.number ?? '—' },
    { label: t('channels.col.user'), value: c?.user },
    { label: t('channels.col.vhost'), value: c?.vhost },
    { label: t('channels.col.node'), value: c?.node ?? '—' },
    { label: t('channels.col.state'), value: <StateBadge state={c?.state} idleSince={c?.idle_since} /> },
    { label: t('channels.col.mode'), value: c ? <ChannelMode channel={c} /> : null },
    { label: t('channels.detail.confirm'), value: yesNo(t, c?.confirm) },
    { label: t('channels.detail.transactional'), value: yesNo(t, c?.transactional) },
    { label: t('channels.detail.prefetchCount'), value: formatCount(c?.prefetch_count ?? 0, locale) },
    { label: t('channels.detail.globalPrefetchCount'), value: formatCount(c?.global_prefetch_count ?? 0, locale) },
    { label: t('channels.col.consumers'), value: formatCount(c?.consumer_count ?? 0, locale) },
  ];
  const messages: DetailItem[] = [
    { label: t('channels.detail.unacked'), value: formatCount(c?.messages_unacknowledged ?? 0, locale) },
    { label: t('channels.detail.unconfirmed'), value: formatCount(c?.messages_unconfirmed ?? 0, locale) },
    { label: t('channels.detail.uncommittedMsgs'), value: formatCount(c?.messages_uncommitted ?? 0, locale) },
    { label: t('channels.detail.uncommittedAcks'), value: formatCount(c?.acks_uncommitted ?? 0, locale) },
  ];

  return (
    <div className="flex flex-col gap-4">
      <Link prefetch={false} href={routes.channels()} className="text-sm text-orange-700 hover:underline dark:text-orange-400">
        ← {t('channels.detail.back')}
      </Link>
      <h1 className="text-2xl font-semibold break-all">{t('channels.detail.title', { name })}</h1>

      {query.error ? <QueryError what={t('channels.detail.title', { name })} error={query.error} onRetry={() => void query.refetch()} /> : null}

      <Section title={t('channels.detail.overview')}>
        <DetailList items={overview} pending={pending} />
      </Section>

      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={t('channels.detail.messages')}>
          <DetailList items={messages} pending={pending} className="xl:grid-cols-2" />
        </Section>
        {/* The chart's legend has the current rates, as the official channel page's does. */}
        <Section title={t('channels.detail.rates')} actions={<RangeSelect retention={series.data?.retention} />}>
          {series.error ? <QueryError what={t('charts.data')} error={series.error} onRetry={() => void series.refetch()} /> : null}
          <TimeSeriesChart title={t('channels.detail.rates')} unit="msg/s" series={rateSeries} data={series.data} height={160} />
        </Section>
      </div>

      <Section title={t('channels.detail.consumers')}>
        <ConsumersTable caption={t('channels.detail.consumers')} consumers={c?.consumer_details} isPending={pending} from="queue" />
      </Section>

      {/* Per-exchange and per-queue figures exist only with rates_mode = detailed (the official UI hides them otherwise too). */}
      {c?.publishes?.length || c?.deliveries?.length ? (
        <Section title={t('channels.detail.breakdown')}>
          <div className="grid gap-4 lg:grid-cols-2">
            <DataTable
              caption={t('channels.detail.incoming')}
              showCaption
              columns={publishColumns(t)}
              data={c?.publishes}
              isPending={pending}
              getRowId={(p) => `${p.exchange.vhost}\u0000${p.exchange.name}`}
              empty={t('channels.detail.noIncoming')}
            />
            <DataTable
              caption={t('channels.detail.outgoing')}
              showCaption
              columns={deliveryColumns(t)}
              data={c?.deliveries}
              isPending={pending}
              getRowId={(d) => `${d.queue.vhost}\u0000${d.queue.name}`}
              empty={t('channels.detail.noOutgoing')}
            />
          </div>
        </Section>
      ) : null}
    </div>
  );
}
