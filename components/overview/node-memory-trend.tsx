'use client';

import { Sparkline } from '@/components/charts/sparkline';
import { useT } from '@/lib/i18n/i18n';
import { useSeriesQuery } from '@/lib/queries/series/series-query';
import { useRefreshSeconds } from '@/lib/url-state';

/** A node's memory over the last ten minutes, at a glance (one request per node and refresh: a cluster has a handful). */
export function NodeMemoryTrend({ name, running }: { name: string; running: boolean }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const series = useSeriesQuery(running ? { of: 'node', name } : null, 600, refresh);
  if (!running) return <span className="text-zinc-400">—</span>;
  return <Sparkline values={series.data?.series.mem_used} label={t('overview.memoryTrend', { node: name })} unit="B" />;
}
