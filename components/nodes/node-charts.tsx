'use client';

import { useChartSeries } from '@/components/charts/chart-series';
import { RangeSelect, useChartRange } from '@/components/charts/range-select';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { Section } from '@/components/ui/card';
import { QueryError } from '@/components/ui/query-error';
import type { SeriesKey } from '@/lib/api/series';
import { useT } from '@/lib/i18n/i18n';
import { useSeriesQuery } from '@/lib/queries/series/series-query';

const BYTES: readonly SeriesKey[] = ['mem_used', 'disk_free'];
const COUNTS: readonly SeriesKey[] = ['fd_used', 'sockets_used', 'proc_used'];

/** A node's resources over time (node_stats_age/_incr): memory and free disk, then descriptors, sockets and processes. */
export function NodeCharts({ name, refresh }: { name: string; refresh: number }) {
  const t = useT();
  const range = useChartRange();
  const series = useSeriesQuery({ of: 'node', name }, range, refresh);
  const bytes = useChartSeries(BYTES);
  const counts = useChartSeries(COUNTS);
  return (
    <div className="flex flex-col gap-4">
      {series.error ? <QueryError what={t('charts.data')} error={series.error} onRetry={() => void series.refetch()} /> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={t('nodes.charts.bytes')} actions={<RangeSelect retention={series.data?.retention} />}>
          <TimeSeriesChart title={t('nodes.charts.bytes')} unit="B" series={bytes} data={series.data} height={160} />
        </Section>
        <Section title={t('nodes.charts.counts')}>
          <TimeSeriesChart title={t('nodes.charts.counts')} unit="count" series={counts} data={series.data} height={160} />
        </Section>
      </div>
    </div>
  );
}
