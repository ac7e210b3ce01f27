// A paged list's query, read from the page URL (vhost, page, page_size, name, regex, sort, desc).
// Plain (no 'use client'): a server page that prefetches the first page and the client hook
// build the very same query key from it. useListUrlState (lib/queries/list-url-state.ts) writes
// the URL; this reads it.

export const DEFAULT_PAGE_SIZE = 100;

/** What the paged list routes take (validated there by lib/schemas/list.ts). */
export interface ListUrlQuery {
  vhost?: string;
  page: number;
  page_size: number;
  name?: string;
  use_regex?: 'true';
  /**
   * Absent by default, like the official UI: the broker then answers in its own order, and with
   * 10,000 queues an explicit sort=name costs the broker about 0.2 s more on every page.
   */
  sort?: string;
  sort_reverse?: 'true';
}

export type SearchSource = { get(key: string): string | null } | Record<string, string | string[] | undefined>;

function reader(source: SearchSource): (key: string) => string | null {
  if (typeof (source as { get?: unknown }).get === 'function') {
    const params = source as { get(key: string): string | null };
    return (key) => params.get(key);
  }
  const record = source as Record<string, string | string[] | undefined>;
  return (key) => {
    const value = record[key];
    return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
  };
}

/**
 * The list query for a page URL's search params (server: awaited searchParams; client:
 * useSearchParams()). `defaultSort` is the list's sort when the URL names none (connections and
 * channels sort by name, as the official UI does; queues and exchanges keep the broker's order).
 */
export function listQueryFromUrl(source: SearchSource, defaultSort?: string): ListUrlQuery {
  const get = reader(source);
  const page = Number(get('page'));
  const pageSize = Number(get('page_size'));
  const name = get('name') ?? '';
  const sort = get('sort') || defaultSort;
  const query: ListUrlQuery = {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    page_size: Number.isInteger(pageSize) && pageSize > 0 && pageSize <= 500 ? pageSize : DEFAULT_PAGE_SIZE,
  };
  if (sort) query.sort = sort;
  const vhost = get('vhost');
  if (vhost) query.vhost = vhost;
  if (name) {
    query.name = name;
    if (get('regex') === '1') query.use_regex = 'true';
  }
  if (sort && get('desc') === '1') query.sort_reverse = 'true';
  return query;
}
