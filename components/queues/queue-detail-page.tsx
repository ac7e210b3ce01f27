'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { BindingsSection } from '@/components/bindings/bindings-section';
import { useChartSeries } from '@/components/charts/chart-series';
import { RangeSelect, useChartRange } from '@/components/charts/range-select';
import { Sparkline } from '@/components/charts/sparkline';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { Alert } from '@/components/ui/alert';
import { Section } from '@/components/ui/card';
import { ConsumersTable } from '@/components/ui/consumers-table';
import { MissingNotice } from '@/components/ui/missing-notice';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api/errors';
import { isDotSegment } from '@/lib/api/segments';
import { LENGTH_KEYS, type SeriesKey } from '@/lib/api/series';
import { useI18n } from '@/lib/i18n/i18n';
import { useQueueQuery } from '@/lib/queries/queues/queue-query';
import { useSeriesQuery } from '@/lib/queries/series/series-query';
import { routes } from '@/lib/routes';
import { useRefreshSeconds } from '@/lib/url-state';
import { QueueNodesNotice } from '@/components/nodes/queue-nodes-notice';
import { useSessionUser } from '@/components/shell/session-context';
import { isAdministrator } from '@/lib/tags';
import { QueueActions } from './queue-actions';
import { QueueFacts, QueueMessageCounts } from './queue-facts';

// The message panels (their viewers, forms and validation) load after the page, in their own chunks.
const QueueMessageWork = dynamic(() => import('@/components/messages/queue-message-work').then((module) => module.QueueMessageWork), { ssr: false });
const RpcPanel = dynamic(() => import('@/components/messages/rpc-panel').then((module) => module.RpcPanel), { ssr: false });
const FirehosePanel = dynamic(() => import('@/components/messages/firehose-panel').then((module) => module.FirehosePanel), { ssr: false });
const StreamBrowser = dynamic(() => import('@/components/messages/stream-browser').then((module) => module.StreamBrowser), { ssr: false });
const PublishPanel = dynamic(() => import('@/components/messages/publish-panel').then((module) => module.PublishPanel), { ssr: false });

const RATES: readonly SeriesKey[] = ['publish', 'deliver_get', 'ack', 'redeliver'];

export function QueueDetailPage({ vhost, name }: { vhost: string; name: string }) {
  const { t } = useI18n();
  const { tags } = useSessionUser();
  const [refresh] = useRefreshSeconds();
  const queue = useQueueQuery(vhost, name, refresh);
  const range = useChartRange();
  // Asked for beside the queue, not after it. A name the management API cannot address has no
  // statistics to chart (see the notice); a queue that does not exist has none either.
  const chartable = !isDotSegment(vhost) && !isDotSegment(name) && !(queue.error instanceof ApiError && queue.error.code === 'NOT_FOUND');
  const series = useSeriesQuery(chartable ? { of: 'queue', vhost, name } : null, range, refresh);
  const queuedSeries = useChartSeries(LENGTH_KEYS);
  const rateSeries = useChartSeries(RATES);
  const listHref = `${routes.queues()}?vhost=${encodeURIComponent(vhost)}`;

  if (queue.error instanceof ApiError && queue.error.code === 'NOT_FOUND' && !queue.data) {
    return (
      <MissingNotice
        heading={t('queues.detail.title', { name })}
        title={t('queues.detail.notFound', { name, vhost })}
        backHref={listHref}
        backLabel={t('queues.detail.backToList')}
      />
    );
  }

  const data = queue.data;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Link prefetch={false} href={listHref} className="text-sm text-orange-700 hover:underline dark:text-orange-400">
            ← {t('queues.detail.backToList')}
          </Link>
          <div className="flex flex-wrap items-center gap-x-3">
            <h1 className="break-all text-2xl font-semibold">{t('queues.detail.title', { name })}</h1>
            {chartable ? <Sparkline values={series.data?.series.total} label={t('queues.detail.depthTrend')} unit="msg" /> : null}
          </div>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {t('queues.detail.inVhost')} <span className="font-medium text-zinc-900 dark:text-zinc-100">{vhost}</span>
          </p>
        </div>
        <QueueActions vhost={vhost} name={name} queue={data} listHref={listHref} />
      </div>

      {queue.error ? <QueryError what={t('queues.detail.title', { name })} error={queue.error} onRetry={() => void queue.refetch()} /> : null}
      {data?.unaddressable ? <Alert tone="info">{t('queues.detail.unaddressable', { name })}</Alert> : null}
      <QueueNodesNotice queue={data} />

      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={t('queues.detail.details')}>{data ? <QueueFacts queue={data} /> : <Skeleton className="h-40 w-full" />}</Section>
        <div className="flex flex-col gap-4">
          <Section title={t('queues.detail.messages')}>{data ? <QueueMessageCounts queue={data} /> : <Skeleton className="h-24 w-full" />}</Section>
          {chartable ? (
            <>
              {series.error ? <QueryError what={t('charts.data')} error={series.error} onRetry={() => void series.refetch()} /> : null}
              <Section title={t('queues.detail.queued')} actions={<RangeSelect retention={series.data?.retention} />}>
                <TimeSeriesChart title={t('queues.detail.queued')} unit="msg" series={queuedSeries} data={series.data} height={160} />
              </Section>
              <Section title={t('queues.detail.rates')}>
                <TimeSeriesChart title={t('queues.detail.rates')} unit="msg/s" series={rateSeries} data={series.data} height={160} />
              </Section>
            </>
          ) : null}
        </div>
      </div>

      <Section title={t('queues.detail.consumers')}>
        <ConsumersTable
          caption={t('queues.detail.consumers')}
          consumers={data?.consumer_details?.map((consumer) => ({ ...consumer, channel: consumer.channel_details?.name }))}
          isPending={queue.isPending}
          from="channel"
        />
      </Section>

      {data ? (
        <div className="grid items-start gap-4 xl:grid-cols-2">
          {data.type === 'stream' ? (
            <StreamBrowser vhost={vhost} name={name} />
          ) : (
            <QueueMessageWork vhost={vhost} name={name} queueType={data.type} />
          )}
          <div className="flex flex-col gap-4">
            <PublishPanel vhost={vhost} exchange="" routingKey={name} lockRoutingKey />
            <RpcPanel vhost={vhost} exchange="" routingKey={name} lockRoutingKey />
            {isAdministrator(tags) && !data.unaddressable ? <FirehosePanel vhost={vhost} queue={name} /> : null}
          </div>
        </div>
      ) : null}

      <BindingsSection vhost={vhost} queue={name} />
    </div>
  );
}
