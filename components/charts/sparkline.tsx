'use client';

import { memo, useMemo } from 'react';
import { latestValue } from '@/lib/api/series';
import { useI18n } from '@/lib/i18n/i18n';
import { cn } from '@/lib/utils';
import { formatChartValue, type ChartUnit } from './chart-format';

export interface SparklineProps {
  /** Oldest first; null where there is no sample (the line breaks there). */
  values: ReadonlyArray<number | null> | undefined;
  /** What the values are ("Queue depth"): the image's name, with the latest value. */
  label: string;
  /** How the latest value is written in the name. */
  unit?: ChartUnit;
  width?: number;
  height?: number;
  className?: string;
}

/**
 * A trend at a glance: an inline SVG line in the text's colour (so it follows dark mode) with the
 * latest value marked, no library and no axes. From zero to the highest value, like the charts.
 */
export const Sparkline = memo(function Sparkline({ values, label, unit = 'count', width = 96, height = 24, className }: SparklineProps) {
  const { t, locale } = useI18n();
  const { path, last } = useMemo(() => sparklinePath(values ?? [], width, height), [values, width, height]);
  const latest = formatChartValue(latestValue(values), unit, t, locale);
  const name = latest === null ? t('charts.sparklineEmpty', { label }) : t('charts.sparkline', { label, value: latest });
  return (
    <svg
      role="img"
      aria-label={name}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className={cn('shrink-0 overflow-visible text-orange-600 dark:text-orange-400', className)}
    >
      <path d={path} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      {last ? <circle cx={last.x} cy={last.y} r={2} fill="currentColor" /> : null}
    </svg>
  );
});

/** The SVG path of the values, scaled into width × height (1 px inset); a null breaks the line. Pure. */
export function sparklinePath(values: ReadonlyArray<number | null>, width: number, height: number) {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const step = values.length > 1 ? (width - 2) / (values.length - 1) : 0;
  const y = (value: number) => 1 + (height - 2) * (max > 0 ? 1 - value / max : 1);
  let path = '';
  let last: { x: number; y: number } | null = null;
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    last = { x: Math.round((1 + i * step) * 10) / 10, y: Math.round(y(value) * 10) / 10 };
    path += `${drawing ? 'L' : 'M'}${last.x} ${last.y}`;
    drawing = true;
  });
  return { path, last: last as { x: number; y: number } | null };
}
