'use client';

import { useMemo } from 'react';
import type { SeriesKey } from '@/lib/api/series';
import { useT } from '@/lib/i18n/i18n';
import type { ChartSeries } from './time-series-chart';

/**
 * Chart series for these keys with their legend names, the official UI's words, in the order
 * given. `keys` must be a constant: the result is the same array until the language changes.
 */
export function useChartSeries(keys: readonly SeriesKey[]): ChartSeries[] {
  const t = useT();
  return useMemo(() => keys.map((key) => ({ key, label: t(`charts.series.${key}`) })), [keys, t]);
}
