// Time series for the charts, as GET /api/series answers them, and the chart ranges the broker
// keeps. Plain module: the route builds it, the browser reads it.

/** What a series request is about; each kind is one management API object. */
export const SERIES_KINDS = ['overview', 'vhost', 'queue', 'exchange', 'connection', 'channel', 'node'] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

export type SeriesTarget =
  | { of: 'overview' }
  | { of: 'vhost'; vhost: string }
  | { of: 'queue' | 'exchange'; vhost: string; name: string }
  | { of: 'connection' | 'channel' | 'node'; name: string };

/** Queued messages: a queue's, a vhost's or the cluster's (queue_totals) ready, unacked and total. */
export const LENGTH_KEYS = ['ready', 'unacked', 'total'] as const;

/** The cluster's and a vhost's message rates, in the official overview chart's order. */
export const OVERVIEW_RATE_KEYS = [
  'publish',
  'confirm',
  'deliver',
  'deliver_no_ack',
  'ack',
  'redeliver',
  'get',
  'get_no_ack',
  'get_empty',
  'return_unroutable',
  'drop_unroutable',
] as const;

/**
 * The series each kind answers (only those its pages chart travel). Rates are named after the
 * broker's message_stats fields; `recv_oct`/`send_oct` are a connection's bytes per second;
 * a node's are its gauges (bytes of memory and free disk, descriptors, sockets, processes).
 */
export const SERIES_KEYS = {
  overview: [...LENGTH_KEYS, ...OVERVIEW_RATE_KEYS],
  vhost: [...LENGTH_KEYS, ...OVERVIEW_RATE_KEYS],
  queue: [...LENGTH_KEYS, 'publish', 'deliver_get', 'redeliver', 'ack'],
  exchange: ['publish_in', 'publish_out'],
  connection: ['recv_oct', 'send_oct'],
  channel: ['publish', 'confirm', 'return_unroutable', 'drop_unroutable', 'deliver_get', 'redeliver', 'ack'],
  node: ['mem_used', 'fd_used', 'sockets_used', 'proc_used', 'disk_free'],
} as const satisfies Record<SeriesKind, readonly string[]>;

export type SeriesKey<K extends SeriesKind = SeriesKind> = (typeof SERIES_KEYS)[K][number];

/** The official UI's chart ranges, in seconds: last minute, ten minutes, hour, eight hours, day. */
export const SERIES_RANGES = [60, 600, 3600, 28800, 86400] as const;
export type SeriesRange = (typeof SERIES_RANGES)[number];

/** Like the official UI: the last ten minutes. */
export const DEFAULT_SERIES_RANGE: SeriesRange = 600;

/**
 * The sample spacing asked for each range, the official UI's (global.js, setup_chart_ranges):
 * at most 121 samples per range. The broker collects statistics every 5 s, and its coarser
 * retention tiers keep one sample a minute (hour), ten minutes (eight hours), half an hour (day).
 */
export const RANGE_INCREMENTS: Record<SeriesRange, number> = { 60: 5, 600: 5, 3600: 60, 28800: 600, 86400: 1800 };

export function isSeriesRange(value: number): value is SeriesRange {
  return (SERIES_RANGES as readonly number[]).includes(value);
}

/** The broker's retention policies; which one keeps an object's samples depends on its kind. */
export type RetentionPolicy = 'global' | 'basic' | 'detailed';

/**
 * From the broker's own table (rabbit_mgmt_data:retention_policy/1): cluster, vhost and node
 * statistics are kept under `global`; queues, exchanges, connections and channels under `basic`.
 */
export const KIND_RETENTION_POLICY: Record<SeriesKind, RetentionPolicy> = {
  overview: 'global',
  vhost: 'global',
  node: 'global',
  queue: 'basic',
  exchange: 'basic',
  connection: 'basic',
  channel: 'basic',
};

/** GET /api/overview `sample_retention_policies`: per policy, the ranges (s) the broker keeps samples for. */
export type SampleRetentionPolicies = Partial<Record<RetentionPolicy, number[]>>;

/**
 * The ranges a chart can offer, as the official UI decides (global.js, setup_chart_ranges): those
 * the policy's tiers reach (the broker reports each tier's age rounded to one of the five ranges,
 * 0 for others), and always the last minute, which every tier of 5 s samples serves.
 */
export function availableRanges(policyAges: readonly number[] | undefined): SeriesRange[] {
  const ages = new Set(policyAges ?? []);
  return SERIES_RANGES.filter((range) => range === 60 || ages.has(range));
}

/**
 * One chart group's samples, oldest first. `timestamps` are in ms; each series has one value per
 * timestamp (null where the broker has none: a rate needs two samples). Counts and gauges are the
 * broker's samples; rates are per second between consecutive samples, at the later one.
 */
export interface SeriesData {
  range: SeriesRange;
  /** Seconds between samples. */
  incr: number;
  timestamps: number[];
  series: Record<string, Array<number | null>>;
  /** The ranges the broker keeps for this kind of object (availableRanges). */
  retention: SeriesRange[];
}

/** The newest value of a series that has one. */
export function latestValue(values: ReadonlyArray<number | null> | undefined): number | null {
  if (!values) return null;
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i];
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

/**
 * The range a chart shows: the one asked for while the broker keeps it (or while that is not
 * known yet), else the default, else the longest kept range below it.
 */
export function chooseRange(requested: SeriesRange, retention: readonly SeriesRange[] | undefined): SeriesRange {
  if (!retention || retention.length === 0 || retention.includes(requested)) return requested;
  if (retention.includes(DEFAULT_SERIES_RANGE)) return DEFAULT_SERIES_RANGE;
  return [...retention].reverse().find((range) => range < requested) ?? retention[0]!;
}
