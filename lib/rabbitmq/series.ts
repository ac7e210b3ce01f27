import 'server-only';
import type { Page } from '@/lib/api/page';
import { exchangeSegment } from '@/lib/api/segments';
import {
  DEFAULT_SERIES_RANGE,
  availableRanges,
  KIND_RETENTION_POLICY,
  LENGTH_KEYS,
  RANGE_INCREMENTS,
  SERIES_KEYS,
  type SampleRetentionPolicies,
  type SeriesData,
  type SeriesKind,
  type SeriesRange,
  type SeriesTarget,
} from '@/lib/api/series';
import { ownedObjectRequest } from './activity';
import { BrokerError } from './errors';
import { escapeRegex, managementRequest, MAX_PAGE_SIZE, mgmtPath, type Credentials, type QueryValue } from './management';
import { mapQueueError } from './queues';
import { assertClusterNode } from './nodes';
import { overviewWithSamples } from './overview';

// Chart series from the management API's samples: the object asked for with `<family>_age` and
// `<family>_incr` (the range and the sample spacing) and `columns=` naming the samples charted.
// 3.10 applies `columns=` inside the objects it builds as property lists: ten minutes of a
// queue's three lengths and four rates are ~36 KB instead of ~63 KB, a node's five gauges ~26 KB
// instead of ~178 KB. It filters only the overview's top level (message_stats and queue_totals
// travel whole: ~87 KB instead of ~125 KB), and one connection's or channel's answer ignores
// `columns=` (both are maps there). The browser gets 3–8 KB of aligned arrays (measured on 3.10.8).

type Family = 'lengths' | 'msg_rates' | 'data_rates' | 'node_stats';

const FAMILIES: Record<SeriesKind, readonly Family[]> = {
  overview: ['lengths', 'msg_rates'],
  vhost: ['lengths', 'msg_rates'],
  queue: ['lengths', 'msg_rates'],
  exchange: ['msg_rates'],
  connection: ['data_rates'],
  channel: ['msg_rates'],
  node: ['node_stats'],
};

const LENGTH_FIELDS: Record<(typeof LENGTH_KEYS)[number], string> = {
  ready: 'messages_ready_details',
  unacked: 'messages_unacknowledged_details',
  total: 'messages_details',
};

/** One series: where its `*_details` object sits in the broker's answer, and whether it is a counter. */
export interface SeriesField {
  key: string;
  path: readonly string[];
  /** A cumulative counter charted as a rate per second (else a gauge charted as it is). */
  rate: boolean;
}

export function seriesFields(kind: SeriesKind): SeriesField[] {
  return SERIES_KEYS[kind].map((key): SeriesField => {
    if (key in LENGTH_FIELDS) {
      const details = LENGTH_FIELDS[key as keyof typeof LENGTH_FIELDS];
      return { key, path: kind === 'overview' ? ['queue_totals', details] : [details], rate: false };
    }
    if (kind === 'node') return { key, path: [`${key}_details`], rate: false };
    if (kind === 'connection') return { key, path: [`${key}_details`], rate: true };
    return { key, path: ['message_stats', `${key}_details`], rate: true };
  });
}

/** One chart group's series of one object over a range, with the ranges the broker keeps for it. */
export async function getSeries(credentials: Credentials, target: SeriesTarget, range: SeriesRange): Promise<SeriesData> {
  const fields = seriesFields(target.of);
  const query = seriesQuery(target.of, range);
  const [object, policies] = await Promise.all([fetchObject(credentials, target, query, range), retentionPolicies(credentials)]);
  return {
    range,
    incr: RANGE_INCREMENTS[range],
    ...toSeries(object, fields),
    retention: availableRanges(policies[KIND_RETENTION_POLICY[target.of]]),
  };
}

/** The management API query for a kind's series over a range: ages, increments and columns. */
export function seriesQuery(kind: SeriesKind, range: SeriesRange): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {
    columns: seriesFields(kind)
      .map((field) => [...field.path, 'samples'].join('.'))
      .join(','),
  };
  for (const family of FAMILIES[kind]) {
    query[`${family}_age`] = range;
    query[`${family}_incr`] = RANGE_INCREMENTS[range];
  }
  return query;
}

async function fetchObject(credentials: Credentials, target: SeriesTarget, query: Record<string, QueryValue>, range: SeriesRange): Promise<unknown> {
  const get = (path: string) => managementRequest<unknown>(credentials, 'GET', path, { query });
  switch (target.of) {
    case 'overview':
      // The default range is the overview route's own request (see overviewWithSamples).
      return range === DEFAULT_SERIES_RANGE ? overviewWithSamples(credentials) : get('/overview');
    case 'vhost':
      return findVhost(credentials, target.vhost, query);
    case 'queue':
      return get(mgmtPath`/queues/${target.vhost}/${target.name}`).catch((error: unknown) => {
        throw mapQueueError(error, target);
      });
    case 'exchange':
      return get(mgmtPath`/exchanges/${target.vhost}/${exchangeSegment(target.name)}`).catch((error: unknown) => {
        throw notFound(error, `Exchange “${target.name}” not found in virtual host “${target.vhost}”`);
      });
    case 'connection':
      return ownedObjectRequest(`Connection ${target.name}`, () => get(mgmtPath`/connections/${target.name}`));
    case 'channel':
      return ownedObjectRequest(`Channel ${target.name}`, () => get(mgmtPath`/channels/${target.name}`));
    case 'node':
      // Only a node of the cluster is asked for (see assertClusterNode: the name becomes an atom).
      await assertClusterNode(credentials, target.name);
      return get(mgmtPath`/nodes/${target.name}`);
  }
}

/**
 * GET /api/vhosts/{name} is for administrators only; the list, open to every user, filtered to
 * this name by the broker, computes the samples of that vhost alone.
 */
async function findVhost(credentials: Credentials, vhost: string, query: Record<string, QueryValue>): Promise<unknown> {
  const page = await managementRequest<Page<{ name: string }>>(credentials, 'GET', '/vhosts', {
    query: {
      ...query,
      columns: `name,${query.columns}`,
      pagination: true,
      page: 1,
      page_size: MAX_PAGE_SIZE,
      name: `^${escapeRegex(vhost)}$`,
      use_regex: true,
    },
  });
  const found = page.items.find((item) => item.name === vhost);
  if (!found) throw new BrokerError('NOT_FOUND', `Virtual host "${vhost}" does not exist or you have no access to it`);
  return found;
}

function notFound(error: unknown, message: string): unknown {
  return error instanceof BrokerError && error.code === 'NOT_FOUND' ? new BrokerError('NOT_FOUND', message) : error;
}

// The retention policies are the broker's configuration: they change only when it restarts with
// another one, and they are the same for every user. One answer serves everyone for a minute.
const RETENTION_CACHE_MS = 60_000;
let retention: { at: number; policies: SampleRetentionPolicies } | undefined;

async function retentionPolicies(credentials: Credentials): Promise<SampleRetentionPolicies> {
  if (retention && Date.now() - retention.at < RETENTION_CACHE_MS) return retention.policies;
  // The plain overview: the overview page asks for the same, and identical requests are shared.
  const overview = (await overviewWithSamples(credentials)) as { sample_retention_policies?: SampleRetentionPolicies };
  const policies = overview.sample_retention_policies ?? {};
  retention = { at: Date.now(), policies };
  return policies;
}

interface Sample {
  sample: number;
  timestamp: number;
}

/**
 * The broker's samples as aligned series, oldest first (pure; unit-tested with recorded answers).
 * Gauges are the samples. Counters become rates as the official UI computes them (charts.js,
 * render_chart): the difference of consecutive samples over their interval, per second. The
 * official chart draws that rate at the earlier sample; Warren draws it at the later one, which
 * ends the interval it measures, so the newest point equals the broker's own current `rate`.
 * A counter that went down was reset (its object restarted): that interval has no rate.
 */
export function toSeries(object: unknown, fields: readonly SeriesField[]): Pick<SeriesData, 'timestamps' | 'series'> {
  const points = fields.map((field) => {
    const samples = samplesAt(object, field.path);
    return { key: field.key, values: field.rate ? ratesOf(samples) : new Map(samples.map((s) => [s.timestamp, s.sample])) };
  });
  const timestamps = [...new Set(points.flatMap(({ values }) => [...values.keys()]))].sort((a, b) => a - b);
  const series: Record<string, Array<number | null>> = {};
  for (const { key, values } of points) series[key] = timestamps.map((timestamp) => values.get(timestamp) ?? null);
  return { timestamps, series };
}

function ratesOf(samples: readonly Sample[]): Map<number, number | null> {
  const rates = new Map<number, number | null>();
  for (let i = 1; i < samples.length; i++) {
    const earlier = samples[i - 1]!;
    const later = samples[i]!;
    const elapsed = later.timestamp - earlier.timestamp;
    const counted = later.sample - earlier.sample;
    if (elapsed <= 0) continue;
    rates.set(later.timestamp, counted < 0 ? null : Math.round((counted * 1000 * 100) / elapsed) / 100);
  }
  return rates;
}

/** The samples at `path` (…_details.samples), oldest first; none when the broker sent none. */
function samplesAt(object: unknown, path: readonly string[]): Sample[] {
  let node: unknown = object;
  for (const step of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined;
  const samples = node && typeof node === 'object' ? (node as { samples?: unknown }).samples : undefined;
  if (!Array.isArray(samples)) return [];
  return samples
    .filter((s): s is Sample => typeof s?.sample === 'number' && typeof s?.timestamp === 'number')
    .sort((a, b) => a.timestamp - b.timestamp);
}
