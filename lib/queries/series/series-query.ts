import { exchangeSegment } from '@/lib/api/segments';
import type { SeriesData, SeriesRange, SeriesTarget } from '@/lib/api/series';
import { apiFetch, queryString } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { seriesKeys } from './keys';

export const fetchSeries = (target: SeriesTarget, range: SeriesRange) =>
  apiFetch<SeriesData>(
    `/api/series${queryString({
      of: target.of,
      vhost: 'vhost' in target ? target.vhost : undefined,
      // The default exchange's name is empty: it travels as amq.default, as in paths.
      name: 'name' in target ? (target.of === 'exchange' ? exchangeSegment(target.name) : target.name) : undefined,
      range,
    })}`,
  );

/**
 * One chart group's series, polled at the refresh interval. `target` null: not known yet (or not
 * chartable). While another range of the same object loads, the chart keeps the previous one
 * (redrawn in place, not blanked); another object's series are never shown for this one.
 */
export function useSeriesQuery(target: SeriesTarget | null, range: SeriesRange, refreshSeconds: number) {
  const sameTarget = target ? JSON.stringify(seriesKeys.target(target)) : null;
  return usePolledQuery(
    {
      queryKey: target ? seriesKeys.range(target, range) : [...seriesKeys.all, 'none'],
      queryFn: () => fetchSeries(target!, range),
      enabled: target !== null,
      placeholderData: (previous, previousQuery) =>
        previousQuery && JSON.stringify(previousQuery.queryKey.slice(0, 4)) === sameTarget ? previous : undefined,
    },
    refreshSeconds,
  );
}
