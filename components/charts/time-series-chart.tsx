'use client';

import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTheme } from 'next-themes';
import type uPlot from 'uplot';
import { Skeleton } from '@/components/ui/skeleton';
import { latestValue, type SeriesData } from '@/lib/api/series';
import type { Locale } from '@/lib/i18n/define';
import { useI18n } from '@/lib/i18n/i18n';
import { cn } from '@/lib/utils';
import { AXIS_LABELS, formatChartValue, formatClock, formatTick, type ChartUnit } from './chart-format';
import { alignedData, chartOptions } from './chart-options';
import { chartPalette, swatchClass, type ChartPalette } from './palette';
import { useUplot } from './use-uplot';

export type { ChartUnit } from './chart-format';

interface Look {
  palette: ChartPalette;
  axisLabel: string;
  locale: Locale;
}

export interface ChartSeries {
  /** The series' key in SeriesData.series. */
  key: string;
  label: string;
}

export interface TimeSeriesChartProps {
  /** Names the chart for assistive technology (the page's section heading shows it). */
  title: string;
  unit: ChartUnit;
  /** In legend order; keep the array stable (a constant or memoised): another set builds another chart. */
  series: readonly ChartSeries[];
  /** Undefined while loading: a skeleton. */
  data: SeriesData | undefined;
  height?: number;
}

/**
 * A time-series chart drawn by uPlot on a canvas. New data is drawn into the same chart
 * (setData): a refresh re-renders the legend, never the chart, and never per data point. The
 * legend's buttons show or hide a series; hovering shows each value at that time, exactly, with
 * its unit. The plot is an image whose name says the chart and the latest value of each series.
 */
export const TimeSeriesChart = memo(function TimeSeriesChart({ title, unit, series, data, height = 180 }: TimeSeriesChartProps) {
  const { t, locale } = useI18n();
  const { resolvedTheme } = useTheme();
  const Uplot = useUplot();
  const plotRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<uPlot | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [cursor, setCursor] = useState<number | null>(null);

  const keysSignature = series.map((s) => s.key).join('\u0000');
  const keys = useMemo(() => keysSignature.split('\u0000'), [keysSignature]);
  const aligned = useMemo(() => alignedData(data?.timestamps, data?.series, keys), [data, keys]);
  const format = useCallback((value: number | null | undefined) => formatChartValue(value, unit, t, locale), [unit, t, locale]);

  // What the chart reads when it draws: current at every draw, so that a theme or language
  // change redraws this chart rather than building another.
  const look = useRef<Look | null>(null);
  useEffect(() => {
    look.current = { palette: chartPalette(resolvedTheme), axisLabel: t(AXIS_LABELS[unit]), locale };
    chartRef.current?.redraw();
  }, [resolvedTheme, t, unit, locale]);
  // What a chart built later (another set of series) starts from.
  const latestData = useRef(aligned);
  const hiddenNow = useRef(hidden);

  useEffect(() => {
    const element = plotRef.current;
    if (!Uplot || !element) return;
    const current = () => look.current!;
    const options = chartOptions({
      width: element.clientWidth || 300,
      height,
      unit,
      shown: keys.map((key) => !hiddenNow.current.has(key)),
      palette: () => current().palette,
      axisLabel: () => current().axisLabel,
      tick: (value) => formatTick(value, unit, current().locale),
      clock: (epochMs, seconds) => formatClock(epochMs, current().locale, seconds),
      rangeNum: Uplot.rangeNum,
      onCursor: setCursor,
    });
    const chart = new Uplot(options, latestData.current, element);
    chartRef.current = chart;
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            const width = element.clientWidth;
            if (width > 0 && width !== chart.width) chart.setSize({ width, height });
          });
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      chart.destroy();
      chartRef.current = null;
    };
  }, [Uplot, keys, height, unit]);

  useEffect(() => {
    latestData.current = aligned;
    chartRef.current?.setData(aligned);
  }, [aligned]);

  const toggle = (key: string, index: number) => {
    const next = new Set(hidden);
    const show = next.has(key);
    if (show) next.delete(key);
    else next.add(key);
    setHidden(next);
    hiddenNow.current = next;
    chartRef.current?.setSeries(index + 1, { show });
  };

  const rangeLabel = data ? t(`charts.range.${data.range}`) : '';
  const summary = useMemo(() => {
    if (!data) return t('charts.summaryLoading', { title });
    if (data.timestamps.length === 0) return t('charts.summaryEmpty', { title, range: rangeLabel });
    const values = series
      .map((s) => t('charts.summaryEntry', { label: s.label, value: format(latestValue(data.series[s.key])) ?? t('charts.noValue') }))
      .join(', ');
    return t('charts.summary', { title, range: rangeLabel, values });
  }, [data, series, title, rangeLabel, format, t]);

  const at = cursor !== null && data && cursor < data.timestamps.length ? cursor : null;
  const waiting = data !== undefined && data.timestamps.length === 0;

  return (
    <div className="flex flex-col gap-2">
      <div role="img" aria-label={summary} className="relative w-full overflow-hidden" style={{ height }}>
        {/* uPlot's own element: React gives it no children. */}
        <div ref={plotRef} className="h-full w-full" />
        {!data || !Uplot ? <Skeleton className="absolute inset-0 h-full w-full" /> : null}
        {waiting ? (
          <p className="absolute inset-0 flex items-center justify-center text-sm text-zinc-500 dark:text-zinc-400">{t('charts.waiting')}</p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-xs">
        <span className="text-zinc-500 tabular-nums dark:text-zinc-400">
          {at !== null ? t('charts.at', { time: formatClock(data!.timestamps[at]!, locale, true) }) : t('charts.latest')}
        </span>
        <ul aria-label={t('charts.legend', { title })} className="flex flex-wrap gap-x-1 gap-y-1">
          {series.map((s, index) => {
            const values = data?.series[s.key];
            const value = format(at !== null ? values?.[at] : latestValue(values));
            const shown = !hidden.has(s.key);
            return (
              <li key={s.key}>
                <button
                  type="button"
                  aria-pressed={shown}
                  aria-label={t('charts.summaryEntry', { label: s.label, value: value ?? t('charts.noValue') })}
                  title={t('charts.toggle')}
                  onClick={() => toggle(s.key, index)}
                  className={cn(
                    'inline-flex items-center gap-1.5 rounded px-1.5 py-0.5 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-orange-500 dark:hover:bg-zinc-800',
                    !shown && 'opacity-50',
                  )}
                >
                  <span aria-hidden="true" className={cn('h-2.5 w-2.5 rounded-sm', shown ? swatchClass(index) : 'border border-zinc-400')} />
                  <span className={shown ? undefined : 'line-through'}>{s.label}</span>
                  <span className="font-semibold tabular-nums">{value ?? '—'}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
});
