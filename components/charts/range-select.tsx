'use client';

import { useEffect } from 'react';
import { SelectField } from '@/components/ui/field';
import { chooseRange, DEFAULT_SERIES_RANGE, isSeriesRange, type SeriesRange } from '@/lib/api/series';
import { useT } from '@/lib/i18n/i18n';
import { useUrlParams } from '@/lib/url-state';
import { cn } from '@/lib/utils';

/** The charts' range from the URL (`range`, in seconds); the last ten minutes by default. */
export function useChartRange(): SeriesRange {
  const { params } = useUrlParams();
  const value = Number(params.get('range'));
  return isSeriesRange(value) ? value : DEFAULT_SERIES_RANGE;
}

/**
 * The "Range" of a page's charts, in the official UI's words, offering only the ranges the
 * broker keeps samples for (`retention`, from the series answer; unknown while it loads). A
 * range in the URL that the broker does not keep is replaced in the URL by one it keeps.
 */
export function RangeSelect({ retention, className }: { retention: readonly SeriesRange[] | undefined; className?: string }) {
  const t = useT();
  const { set } = useUrlParams();
  const requested = useChartRange();
  const range = chooseRange(requested, retention);
  const choose = (next: SeriesRange) => set({ range: next === DEFAULT_SERIES_RANGE ? null : next });

  useEffect(() => {
    if (range !== requested) set({ range: range === DEFAULT_SERIES_RANGE ? null : range });
  }, [range, requested, set]);

  return (
    <SelectField
      label={t('charts.range')}
      value={range}
      disabled={!retention}
      onChange={(event) => choose(Number(event.target.value) as SeriesRange)}
      // Label and select on one line: it sits in a section's heading row.
      className={cn('flex-row items-center gap-2 [&>select]:w-44', className)}
    >
      {(retention ?? [range]).map((option) => (
        <option key={option} value={option}>
          {t(`charts.range.${option}`)}
        </option>
      ))}
    </SelectField>
  );
}
