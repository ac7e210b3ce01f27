import type { Page } from './page';
import type { QueueListItem, QueuePage } from './queues';

// The queues list as it travels to the browser: one array of values per queue, in the order of
// `fields`, instead of one object repeating every key name. One page of 100 queues is then about
// 12 KB of JSON where the broker's full objects are about 140 KB (and the same page with
// columns= still about 45 KB). Plain module: the route and the server page encode, the client
// decodes (in the query's `select`, so the cache and the server-rendered HTML hold the small form).

/** Booleans travel as 1/0, rates rounded to 2 decimals; a missing value is null (never 0). */
export const QUEUE_WIRE_FIELDS = [
  'name',
  'vhost',
  'type',
  'durable',
  'auto_delete',
  'exclusive',
  'arguments',
  'policy',
  'operator_policy',
  'state',
  'idle_since',
  'consumers',
  'consumer_utilisation',
  'messages_ready',
  'messages_unacknowledged',
  'messages',
  'message_bytes_ready',
  'message_bytes_unacknowledged',
  'message_bytes',
  'publish_rate',
  'deliver_get_rate',
  'redeliver_rate',
  'ack_rate',
] as const;

type WireField = (typeof QUEUE_WIRE_FIELDS)[number];
export type WireValue = string | number | Record<string, unknown> | null;

/** A page's counts as the broker gives them, and its queues as rows of values in `fields`' order. */
export interface QueueWirePage extends Omit<Page<never>, 'items'> {
  fields: readonly string[];
  rows: WireValue[][];
}

const BOOLEANS = new Set<string>(['durable', 'auto_delete', 'exclusive']);
const RATES: Record<string, 'publish_details' | 'deliver_get_details' | 'redeliver_details' | 'ack_details'> = {
  publish_rate: 'publish_details',
  deliver_get_rate: 'deliver_get_details',
  redeliver_rate: 'redeliver_details',
  ack_rate: 'ack_details',
};

/** The management API `columns=` for these fields: each rate is its message_stats entry's current rate. */
export const QUEUE_BROKER_COLUMNS: readonly string[] = QUEUE_WIRE_FIELDS.map((field) =>
  field in RATES ? `message_stats.${RATES[field]}.rate` : field,
);

function read(item: QueueListItem, field: WireField): WireValue {
  const rate = RATES[field];
  if (rate) {
    const value = item.message_stats?.[rate]?.rate;
    return typeof value === 'number' ? Math.round(value * 100) / 100 : null;
  }
  const value = (item as unknown as Record<string, unknown>)[field];
  if (value === undefined || value === null || value === '') return null;
  if (BOOLEANS.has(field)) return value ? 1 : 0;
  if (field === 'arguments') return value && typeof value === 'object' && Object.keys(value).length ? (value as Record<string, unknown>) : null;
  return value as WireValue;
}

export function encodeQueuePage(page: QueuePage): QueueWirePage {
  const { items, ...meta } = page;
  return {
    page: meta.page,
    page_size: meta.page_size,
    page_count: meta.page_count,
    item_count: meta.item_count,
    filtered_count: meta.filtered_count,
    total_count: meta.total_count,
    fields: QUEUE_WIRE_FIELDS,
    rows: items.map((item) => {
      const row = QUEUE_WIRE_FIELDS.map((field) => read(item, field));
      // Trailing nulls (no rates yet, no stats) need not travel.
      while (row.length && row[row.length - 1] === null) row.pop();
      return row;
    }),
  };
}

// The same wire page always decodes to the same object: the query's `select` runs again on the
// previous page while a new sort or filter loads (placeholder data), and new row objects then
// would make the table render all its rows again for nothing.
const decoded = new WeakMap<QueueWirePage, QueuePage>();

export function decodeQueuePage(wire: QueueWirePage): QueuePage {
  let page = decoded.get(wire);
  if (!page) decoded.set(wire, (page = decode(wire)));
  return page;
}

function decode(wire: QueueWirePage): QueuePage {
  const { rows, fields, ...meta } = wire;
  return {
    ...meta,
    items: rows.map((row) => {
      const item: Record<string, unknown> = {};
      fields.forEach((field, index) => {
        const value = row[index];
        if (value === null || value === undefined) return;
        const rate = RATES[field];
        if (rate) {
          const stats = (item.message_stats ??= {}) as Record<string, { rate: number }>;
          stats[rate] = { rate: value as number };
        } else if (BOOLEANS.has(field)) {
          item[field] = value === 1;
        } else {
          item[field] = value;
        }
      });
      // Absent booleans were false, absent arguments empty: the broker always sends these.
      for (const field of BOOLEANS) item[field] ??= false;
      item.arguments ??= {};
      return item as unknown as QueueListItem;
    }),
  };
}
