// The audit log page's filters and paging, read from its URL (user, object, from, to, result,
// page, page_size). Plain: the server page that prefetches and the client hook build the same
// query, and so the same query key. Times are ISO 8601 in the URL, so a link means the same
// moment in every time zone.

import type { AuditQuery, AuditResult } from '@/lib/api/audit';
import type { SearchSource } from '@/lib/list-url';

export const AUDIT_RESULTS: readonly AuditResult[] = ['done', 'refused', 'failed'];
export const AUDIT_PAGE_SIZE = 50;

function reader(source: SearchSource): (key: string) => string | null {
  if (typeof (source as { get?: unknown }).get === 'function') return (key) => (source as { get(key: string): string | null }).get(key);
  const record = source as Record<string, string | string[] | undefined>;
  return (key) => {
    const value = record[key];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
}

const isoTime = (value: string | null) => (value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined);

export function auditQueryFromUrl(source: SearchSource): AuditQuery {
  const get = reader(source);
  const page = Number(get('page'));
  const pageSize = Number(get('page_size'));
  const result = get('result');
  const query: AuditQuery = {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    page_size: Number.isInteger(pageSize) && pageSize > 0 && pageSize <= 500 ? pageSize : AUDIT_PAGE_SIZE,
  };
  const user = get('user')?.slice(0, 255);
  if (user) query.user = user;
  const object = get('object')?.slice(0, 255);
  if (object) query.object = object;
  const from = isoTime(get('from'));
  if (from) query.from = from;
  const to = isoTime(get('to'));
  if (to) query.to = to;
  if (result && (AUDIT_RESULTS as readonly string[]).includes(result)) query.result = result as AuditResult;
  return query;
}

/** A datetime-local input's value ("2026-12-01T19:56", the browser's time zone) as ISO 8601 UTC, or null. */
export function isoFromLocalInput(value: string): string | null {
  if (!value) return null;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

/** The reverse, for showing a URL's ISO time in a datetime-local input (to the minute, local time). */
export function localInputFromIso(iso: string | undefined): string {
  if (!iso) return '';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}T${pad(time.getHours())}:${pad(time.getMinutes())}`;
}
