// The exchanges list's query, read from the page URL. Plain (no 'use client'), so the server page
// that prefetches the first page and the client hook build the very same query key from it.
// It reads the URL as useListParams (lib/queries/list-params.ts) writes it.

export const EXCHANGES_DEFAULT_PAGE_SIZE = 100;
export const EXCHANGES_DEFAULT_SORT = 'name';

/** What GET /api/exchanges takes (validated by lib/schemas/list.ts). */
export interface ExchangeListQuery {
  vhost?: string;
  page: number;
  page_size: number;
  name?: string;
  use_regex?: 'true';
  sort: string;
  sort_reverse?: 'true';
}

type SearchSource = { get(key: string): string | null } | Record<string, string | string[] | undefined>;

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

export function exchangeListQuery(source: SearchSource): ExchangeListQuery {
  const get = reader(source);
  const page = Number(get('page'));
  const pageSize = Number(get('page_size'));
  const name = get('name') ?? '';
  const sort = get('sort');
  const query: ExchangeListQuery = {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    page_size: Number.isInteger(pageSize) && pageSize > 0 && pageSize <= 500 ? pageSize : EXCHANGES_DEFAULT_PAGE_SIZE,
    sort: sort || EXCHANGES_DEFAULT_SORT,
  };
  const vhost = get('vhost');
  if (vhost) query.vhost = vhost;
  if (name) {
    query.name = name;
    if (get('regex') === '1') query.use_regex = 'true';
  }
  if (sort && get('desc') === '1') query.sort_reverse = 'true';
  return query;
}
