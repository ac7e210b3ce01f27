'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { formatDuration, formatRate } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';

// The parts of a long run's status that bulk publish and move share: the progress bar with its
// rate, time left and Cancel, and the report's rows.

/** Seconds with a tenth under a minute (a run is often quick), else as uptimes are shown. */
export function elapsedText(ms: number, t: Translate): string {
  return ms < 60_000 ? t('publish.bulk.seconds', { seconds: (ms / 1000).toFixed(1) }) : formatDuration(ms, t);
}

/** A running job: done of total (indeterminate until the first report), the rate, the time left, and Cancel. */
export function RunProgress({
  label,
  summary,
  value,
  max,
  rate,
  onCancel,
}: {
  label: string;
  summary: string;
  /** Undefined until the first report: an indeterminate bar, not a false 0 %. */
  value: number | undefined;
  max: number;
  /** Per second, of the unit `value` counts. */
  rate: number;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const left = value !== undefined && rate > 0 ? ((max - value) / rate) * 1000 : null;
  return (
    <div className="flex flex-col gap-2 rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
      <progress
        aria-label={label}
        aria-valuetext={summary}
        max={Math.max(max, 1)}
        value={value}
        className="h-2 w-full overflow-hidden rounded bg-zinc-200 accent-orange-600 dark:bg-zinc-800 [&::-moz-progress-bar]:bg-orange-600 [&::-webkit-progress-bar]:bg-zinc-200 dark:[&::-webkit-progress-bar]:bg-zinc-800 [&::-webkit-progress-value]:bg-orange-600"
      />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 tabular-nums">
        <span>{summary}</span>
        <span aria-hidden="true">·</span>
        <span>{t('publish.bulk.rate', { rate: formatRate(rate) })}</span>
        <span aria-hidden="true">·</span>
        <span>{left === null ? t('publish.bulk.timeLeftUnknown') : t('publish.bulk.timeLeft', { time: formatDuration(Math.max(left, 1000), t) })}</span>
        <Button variant="outline" size="sm" className="ml-auto" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}

/** A report's terms and values, two columns. */
export function ReportRows({ rows }: { rows: ReadonlyArray<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 tabular-nums">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
