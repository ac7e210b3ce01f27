'use client';

import { Section } from '@/components/ui/card';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { useSessionUser } from '@/components/shell/session-context';
import { useChartSeries } from '@/components/charts/chart-series';
import { RangeSelect, useChartRange } from '@/components/charts/range-select';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { LENGTH_KEYS, OVERVIEW_RATE_KEYS, type SeriesKey, type SeriesTarget } from '@/lib/api/series';
import { formatCount } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useNodesQuery } from '@/lib/queries/overview/nodes-query';
import { useOverviewQuery } from '@/lib/queries/overview/overview-query';
import { useVhostQuery } from '@/lib/queries/overview/vhosts-query';
import { useSeriesQuery } from '@/lib/queries/series/series-query';
import { canMonitor } from '@/lib/tags';
import { useRefreshSeconds, useVhost } from '@/lib/url-state';
import { AlarmsPanel } from './alarms-panel';
import { ListenersTable } from './listeners-table';
import { NodesTable } from './nodes-table';

const QUEUED: readonly SeriesKey[] = LENGTH_KEYS;
const RATES: readonly SeriesKey[] = OVERVIEW_RATE_KEYS;

export function OverviewPage() {
  const { t, locale } = useI18n();
  const { tags } = useSessionUser();
  const [vhost] = useVhost();
  const [refresh] = useRefreshSeconds();
  const overview = useOverviewQuery(refresh);
  const vhostQuery = useVhostQuery(vhost, refresh);
  const monitor = canMonitor(tags);
  const nodes = useNodesQuery(refresh, { enabled: monitor });
  const range = useChartRange();
  const target: SeriesTarget = vhost === null ? { of: 'overview' } : { of: 'vhost', vhost };
  const series = useSeriesQuery(target, range, refresh);
  const queuedSeries = useChartSeries(QUEUED);
  const rateSeries = useChartSeries(RATES);

  // With a vhost selected, messages and rates are that vhost's; otherwise the cluster's.
  const scoped = vhost !== null;
  const source = scoped ? vhostQuery : overview;
  // The broker leaves the counts out while there are no queues: that is zero, not unknown.
  const counted = (value: number | undefined) => (source.data ? (value ?? 0) : undefined);
  const totals = scoped
    ? {
        ready: counted(vhostQuery.data?.messages_ready),
        unacked: counted(vhostQuery.data?.messages_unacknowledged),
        total: counted(vhostQuery.data?.messages),
      }
    : {
        ready: counted(overview.data?.queue_totals?.messages_ready),
        unacked: counted(overview.data?.queue_totals?.messages_unacknowledged),
        total: counted(overview.data?.queue_totals?.messages),
      };
  const counts = overview.data?.object_totals;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold">{t('overview.title')}</h1>
        {scoped ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('overview.vhostScope', { vhost })}</p> : null}
      </div>

      {monitor && nodes.data ? <AlarmsPanel nodes={nodes.data} /> : null}

      {source.error ? <QueryError what={t('overview.title')} error={source.error} onRetry={() => void source.refetch()} /> : null}

      <div className="flex flex-col gap-4">
        {series.error ? <QueryError what={t('charts.data')} error={series.error} onRetry={() => void series.refetch()} /> : null}
        <div className="grid gap-4 lg:grid-cols-3">
          <Section title={t('overview.queuedMessages')}>
            <div className="flex flex-col gap-3">
              <StatList
                pending={source.isPending}
                items={[
                  { label: t('overview.ready'), value: formatCount(totals.ready, locale), testId: 'queued-ready' },
                  { label: t('overview.unacked'), value: formatCount(totals.unacked, locale), testId: 'queued-unacked' },
                  { label: t('overview.total'), value: formatCount(totals.total, locale), testId: 'queued-total' },
                ]}
              />
              <TimeSeriesChart title={t('overview.queuedMessages')} unit="msg" series={queuedSeries} data={series.data} />
            </div>
          </Section>
          {/* The chart's legend lists each rate with its latest value, as the official overview does. */}
          <Section title={t('overview.messageRates')} className="lg:col-span-2" actions={<RangeSelect retention={series.data?.retention} />}>
            <TimeSeriesChart title={t('overview.messageRates')} unit="msg/s" series={rateSeries} data={series.data} height={236} />
          </Section>
        </div>
      </div>

      <Section title={t('overview.globalCounts')}>
        <StatList
          pending={overview.isPending}
          columns
          items={[
            { label: t('overview.count.connections'), value: formatCount(counts?.connections, locale), testId: 'count-connections' },
            { label: t('overview.count.channels'), value: formatCount(counts?.channels, locale), testId: 'count-channels' },
            { label: t('overview.count.exchanges'), value: formatCount(counts?.exchanges, locale), testId: 'count-exchanges' },
            { label: t('overview.count.queues'), value: formatCount(counts?.queues, locale), testId: 'count-queues' },
            { label: t('overview.count.consumers'), value: formatCount(counts?.consumers, locale), testId: 'count-consumers' },
          ]}
        />
      </Section>

      <Section title={t('overview.nodes')}>
        {monitor ? (
          nodes.error ? (
            <QueryError what={t('overview.nodes')} error={nodes.error} onRetry={() => void nodes.refetch()} />
          ) : (
            <NodesTable nodes={nodes.data} isPending={nodes.isPending} />
          )
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('overview.nodesHidden')}</p>
        )}
      </Section>

      {/* The broker lists its listeners to monitoring users only; others would see an empty table. */}
      {monitor ? (
        <Section title={t('overview.listeners')}>
          <ListenersTable listeners={overview.data?.listeners} isPending={overview.isPending} />
        </Section>
      ) : null}
    </div>
  );
}

function StatList({
  items,
  pending,
  columns = false,
}: {
  items: Array<{ label: string; value: string; testId?: string }>;
  pending: boolean;
  columns?: boolean;
}) {
  return (
    <dl className={columns ? 'grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-3 xl:grid-cols-5' : 'flex flex-wrap gap-x-8 gap-y-2'}>
      {items.map((item) => (
        <div key={item.label} className="flex flex-col">
          <dt className="text-xs text-zinc-600 dark:text-zinc-400">{item.label}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid={item.testId}>
            {pending ? <Skeleton className="h-6 w-16" /> : item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
