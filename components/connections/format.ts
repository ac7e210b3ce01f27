import { formatBytes } from '@/lib/format';
import type { Locale } from '@/lib/i18n/define';

// Formatting the connections and channels pages need beyond lib/format.ts.

/** A byte rate as the official UI shows it ("1.2 KiB/s"); absent stats read as nothing moving. */
export function formatByteRate(rate: number | undefined): string {
  return `${formatBytes(rate ?? 0)}/s`;
}

/** Date and time of an event such as "connected at", in the UI's language, 24-hour clock. */
export function formatDateTime(value: number | string | undefined, locale: Locale): string {
  if (value === undefined || value === null || value === '') return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });
}

/** "127.0.0.1:5672", or "[::1]:5672" for IPv6. */
export function hostPort(host: string | undefined, port: number | undefined): string {
  if (!host) return '—';
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return port === undefined ? shownHost : `${shownHost}:${port}`;
}
