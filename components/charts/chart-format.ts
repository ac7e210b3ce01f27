import type { Locale } from '@/lib/i18n/define';
import type { Translate } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { formatBytes, formatCount, formatRate } from '@/lib/format';

// How a chart writes its values: in the legend and the hover readout with their unit, on the
// value axis as short numbers (the axis label names the unit), on the time axis as local times.

export type ChartUnit = 'msg' | 'msg/s' | 'B/s' | 'B' | 'count';

export const AXIS_LABELS: Record<ChartUnit, MessageKey> = {
  msg: 'charts.axis.msg',
  'msg/s': 'charts.axis.msgRate',
  'B/s': 'charts.axis.byteRate',
  B: 'charts.axis.bytes',
  count: 'charts.axis.count',
};

/** A value with its unit, in the UI's language; null when there is none. */
export function formatChartValue(value: number | null | undefined, unit: ChartUnit, t: Translate, locale: Locale): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  switch (unit) {
    case 'msg':
      return t('charts.value.msg', { value: formatCount(value, locale) });
    case 'msg/s':
      return t('charts.value.msgRate', { value: formatRate(value) });
    case 'B/s':
      return t('charts.value.byteRate', { value: formatBytes(value) });
    case 'B':
      return formatBytes(value);
    case 'count':
      return formatCount(value, locale);
  }
}

/** A value-axis tick: bytes with their binary prefix, everything else a plain local number. */
export function formatTick(value: number, unit: ChartUnit, locale: Locale): string {
  return unit === 'B' || unit === 'B/s' ? formatBytes(value) : formatCount(value, locale);
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A time of day in the browser's time zone, with seconds where the ticks are that close. */
export function formatClock(epochMs: number, locale: Locale, withSeconds: boolean): string {
  const key = `${locale}:${withSeconds}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      second: withSeconds ? '2-digit' : undefined,
      hour12: false,
    });
    timeFormats.set(key, format);
  }
  return format.format(epochMs);
}
