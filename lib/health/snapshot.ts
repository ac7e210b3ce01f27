import 'server-only';
import type { HealthText } from '@/lib/api/health';
import type { Page } from '@/lib/api/page';
import { mapWithConcurrency } from '@/lib/concurrency';
import { BrokerError } from '@/lib/rabbitmq/errors';
import { addressable, listPage, managementRequest, mgmtPath, type Credentials, type QueryValue } from '@/lib/rabbitmq/management';
import { canMonitor } from '@/lib/tags';
import { deadLetterExchanges, deadLetterSettings, deadLetterSource } from './dead-letter';
import { queueLimits } from './queue-limits';
import { rateOf } from './samples';
import type {
  ChurnRates,
  DeadLetterBinding,
  QueueSamples,
  Sample,
  Snapshot,
  SnapshotChannel,
  SnapshotConnection,
  SnapshotNode,
  SnapshotPolicy,
  SnapshotQueue,
  SnapshotVhost,
} from './snapshot-types';
import { MAX_LENGTH_WARNING_RATIO } from './thresholds';

// What the health rules read, fetched as the logged-in user (so the findings cover only what
// they may see) and narrowed to the vhost they chose. The number of management requests per
// refresh is bounded whatever the number of queues, channels or connections:
//
//   /api/overview (churn only; skipped for one vhost)  1
//   /api/nodes with the window's samples (monitoring)  1
//   /api/vhosts (unroutable rates)                      1
//   queues, sorted by ready messages (one page)         1
//   channels, sorted by unacknowledged messages         1
//   connections, sorted by state                        1
//   policies                                            1
//   bindings of dead-letter exchanges         ≤ DEAD_LETTER_EXCHANGES_LOOKED_UP (4)
//   one queue's ready count over the window    ≤ SAMPLED_QUEUES (8)
//
// so at most 19, and 7 when nothing is growing, full or dead-lettered. What that cannot see with
// 10,000 queues (the rules' inputs are the first page of each sorted list):
// - queues: only the QUEUES_CHECKED with the most ready messages are checked for missing
//   consumers, length limits, dead letters, consumer utilisation and lazy arguments. An empty
//   queue is not a problem for any of these but the lazy argument, which is then not seen;
// - backlog growth: judged on the window's samples of at most SAMPLED_QUEUES queues, the ones
//   with the most ready messages that receive faster than they deliver;
// - dead-letter queues: recognised from the arguments of the queues checked and from policies,
//   and by binding for at most DEAD_LETTER_EXCHANGES_LOOKED_UP exchanges;
// - channels: the CHANNELS_CHECKED with the most unacknowledged messages (a channel without
//   prefetch that holds nothing is seen only when there are fewer);
// - connections: sorted by state, every state but "running" sorts first, so only more than
//   CONNECTIONS_CHECKED throttled or blocked connections would hide some.
// Each of these is said in the answer's limits when it applies.
//
// Measured on this machine's 3.10 with 10,000 queues: the queue page sorted on statistics takes
// the broker 0.8–0.9 s (0.5 s while its statistics cache is warm; the whole check 0.5–2.8 s).
// disable_stats=true&enable_queue_totals=true would sort in 0.4 s but drops consumers,
// utilisation and rates, which most queue rules need. Asking that list for the window's samples
// (lengths_age) costs 1.4–1.8 s, because the broker computes them for every queue before it
// sorts: the few queues that need samples are looked up one by one instead (~5 ms each).

export const QUEUES_CHECKED = 500;
export const CHANNELS_CHECKED = 500;
export const CONNECTIONS_CHECKED = 500;
export const SAMPLED_QUEUES = 8;
export const DEAD_LETTER_EXCHANGES_LOOKED_UP = 4;
const LOOKUPS_AT_ONCE = 4;

const NODE_COLUMNS = [
  'name', 'running', 'uptime', 'mem_used', 'mem_limit', 'mem_alarm', 'disk_free', 'disk_free_limit', 'disk_free_alarm',
  'fd_used', 'fd_total', 'sockets_used', 'sockets_total', 'partitions',
  'mem_used_details', 'disk_free_details', 'fd_used_details', 'sockets_used_details',
];
const QUEUE_COLUMNS = [
  'name', 'vhost', 'type', 'state', 'consumers', 'consumer_utilisation', 'messages', 'messages_ready', 'messages_unacknowledged',
  'message_bytes_ready', 'arguments', 'policy', 'effective_policy_definition',
  'message_stats.publish_details.rate', 'message_stats.deliver_get_details.rate',
];
const CHANNEL_COLUMNS = [
  'name', 'vhost', 'user', 'number', 'connection_details.name', 'prefetch_count', 'global_prefetch_count', 'consumer_count',
  'messages_unacknowledged', 'message_stats.ack_details.rate', 'message_stats.deliver_details.rate',
  'message_stats.deliver_no_ack_details.rate',
];
const CONNECTION_COLUMNS = ['name', 'vhost', 'user', 'state', 'client_properties.connection_name'];
const VHOST_COLUMNS = ['name', 'message_stats.drop_unroutable_details.rate', 'message_stats.return_unroutable_details.rate'];

export interface SnapshotRequest {
  vhost: string | null;
  windowSeconds: number;
  tags: readonly string[];
}

/** The sample spacing for a window: about 60 points, in the broker's 5-second steps. */
export function sampleIncrement(windowSeconds: number): number {
  return Math.max(5, Math.ceil(windowSeconds / 60 / 5) * 5);
}

/** A refusal of one list (the user's tags or permissions) leaves that list out instead of failing the check. */
async function unlessRefused<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof BrokerError && error.code === 'ACCESS_REFUSED') return null;
    throw error;
  }
}

interface Listed<T> {
  items: T[];
  total: number;
}

/**
 * The first page of a sorted list. One vhost's connections and channels are not paged by 3.10
 * (see lib/rabbitmq/activity.ts): they come whole, sorted and narrowed by the broker.
 */
async function firstPage<T extends { vhost: string }>(
  credentials: Credentials,
  resource: 'queues' | 'channels' | 'connections',
  vhost: string | null,
  { size, sort, sortReverse, columns, extra }: { size: number; sort: string; sortReverse: boolean; columns: readonly string[]; extra?: Record<string, QueryValue> },
): Promise<Listed<T>> {
  const scoped = vhost !== null && addressable(vhost);
  if (scoped && resource !== 'queues') {
    const all = await managementRequest<T[]>(credentials, 'GET', mgmtPath`/vhosts/${vhost}/${resource}`, {
      query: { columns: columns.join(','), sort, sort_reverse: sortReverse },
    });
    return { items: all.slice(0, size), total: all.length };
  }
  const path = scoped ? mgmtPath`/${resource}/${vhost}` : `/${resource}`;
  const page: Page<T> = await listPage<T>(credentials, path, { page: 1, pageSize: size, sort, sortReverse, columns, extra });
  // A vhost no path can name ("." or ".."): the whole list's first page, narrowed here.
  const items = vhost === null || scoped ? page.items : page.items.filter((item) => item.vhost === vhost);
  return { items, total: vhost === null || scoped ? page.filtered_count : items.length };
}

export async function collectSnapshot(
  credentials: Credentials,
  { vhost, windowSeconds, tags }: SnapshotRequest,
): Promise<{ snapshot: Snapshot; limits: HealthText[] }> {
  const at = Date.now();
  const limits: HealthText[] = [];
  const monitor = canMonitor(tags);
  const incr = sampleIncrement(windowSeconds);
  const get = <T>(path: string, query: Record<string, QueryValue> = {}) => managementRequest<T>(credentials, 'GET', path, { query });

  const [nodes, churn, vhosts, queues, channels, connections, policies] = await Promise.all([
    monitor
      ? unlessRefused(get<SnapshotNode[]>('/nodes', { columns: NODE_COLUMNS.join(','), node_stats_age: windowSeconds, node_stats_incr: incr }))
      : Promise.resolve(null),
    vhost === null ? get<{ churn_rates?: ChurnRates }>('/overview', { columns: 'churn_rates' }).then((o) => o.churn_rates ?? null) : Promise.resolve(null),
    get<SnapshotVhost[]>('/vhosts', { columns: VHOST_COLUMNS.join(',') }),
    firstPage<SnapshotQueue>(credentials, 'queues', vhost, { size: QUEUES_CHECKED, sort: 'messages_ready', sortReverse: true, columns: QUEUE_COLUMNS }),
    firstPage<SnapshotChannel>(credentials, 'channels', vhost, {
      size: CHANNELS_CHECKED,
      sort: 'messages_unacknowledged',
      sortReverse: true,
      columns: CHANNEL_COLUMNS,
    }),
    firstPage<SnapshotConnection>(credentials, 'connections', vhost, { size: CONNECTIONS_CHECKED, sort: 'state', sortReverse: false, columns: CONNECTION_COLUMNS }),
    unlessRefused(get<SnapshotPolicy[]>(vhost !== null && addressable(vhost) ? mgmtPath`/policies/${vhost}` : '/policies')).then(
      (list) => list && list.filter((policy) => vhost === null || policy.vhost === vhost),
    ),
  ]);

  if (!nodes) limits.push({ key: 'health.limit.nodesHidden' });
  if (vhost !== null) limits.push({ key: 'health.limit.churnVhost' });
  if (!monitor) limits.push({ key: 'health.limit.ownActivity' });
  if (!policies) limits.push({ key: 'health.limit.policiesHidden' });
  if (queues.total > queues.items.length) {
    limits.push({ key: 'health.limit.queuesTop', vars: { checked: queues.items.length, total: queues.total } });
    limits.push({ key: 'health.limit.deadLetterSources' });
  }
  if (channels.total > channels.items.length) {
    limits.push({ key: 'health.limit.channelsTop', vars: { checked: channels.items.length, total: channels.total } });
  }
  if (connections.total > connections.items.length) {
    limits.push({ key: 'health.limit.connectionsTop', vars: { checked: connections.items.length, total: connections.total } });
  }

  const settings = deadLetterSettings(queues.items, policies);
  const exchanges = deadLetterExchanges(settings);
  const looked = exchanges.filter(({ vhost: v, exchange }) => addressable(v, exchange)).slice(0, DEAD_LETTER_EXCHANGES_LOOKED_UP);
  if (exchanges.length > looked.length) {
    limits.push({ key: 'health.limit.deadLetterLookups', vars: { checked: looked.length, total: exchanges.length } });
  }
  const deadLetterBindings = (
    await mapWithConcurrency(looked, LOOKUPS_AT_ONCE, ({ vhost: v, exchange }) => boundQueues(credentials, v, exchange))
  ).flat();

  const candidates = sampleCandidates(queues.items, settings, deadLetterBindings);
  const sampled = candidates.slice(0, SAMPLED_QUEUES);
  if (candidates.length > sampled.length) {
    limits.push({ key: 'health.limit.queueSamples', vars: { checked: sampled.length, candidates: candidates.length } });
  }
  const queueSamples = (
    await mapWithConcurrency(sampled, LOOKUPS_AT_ONCE, (queue) => readySamples(credentials, queue, windowSeconds, incr))
  ).filter((samples) => samples !== null);

  return {
    snapshot: {
      at,
      windowSeconds,
      vhost,
      nodes,
      churn,
      vhosts: vhosts.filter((v) => vhost === null || v.name === vhost),
      queues: queues.items,
      queueSamples,
      channels: channels.items,
      connections: connections.items,
      policies,
      deadLetterBindings,
    },
    limits,
  };
}

/**
 * The queues whose ready count over the window a rule needs, likeliest first: those that
 * receive faster than they deliver (backlog growth), then those near their max-length and the
 * dead-letter queues holding messages (for "since"). Already sorted by ready count.
 */
function sampleCandidates(
  queues: readonly SnapshotQueue[],
  settings: ReturnType<typeof deadLetterSettings>,
  bindings: readonly DeadLetterBinding[],
): SnapshotQueue[] {
  const held = queues.filter((queue) => (queue.messages_ready ?? 0) > 0 && addressable(queue.vhost, queue.name));
  const growing = held.filter((q) => rateOf(q.message_stats?.publish_details) > rateOf(q.message_stats?.deliver_get_details));
  const full = held.filter((q) => {
    const { maxLength } = queueLimits(q);
    return maxLength !== undefined && maxLength > 0 && q.messages_ready! >= maxLength * MAX_LENGTH_WARNING_RATIO;
  });
  const dead = held.filter((q) => deadLetterSource(q, settings, bindings) !== null);
  return [...new Set([...growing, ...full, ...dead])];
}

async function boundQueues(credentials: Credentials, vhost: string, exchange: string): Promise<DeadLetterBinding[]> {
  try {
    const bindings = await managementRequest<Array<{ destination: string; destination_type: string }>>(
      credentials,
      'GET',
      mgmtPath`/exchanges/${vhost}/${exchange}/bindings/source`,
      { query: { columns: 'destination,destination_type' } },
    );
    return bindings.filter((b) => b.destination_type === 'queue').map((b) => ({ vhost, exchange, queue: b.destination }));
  } catch (error) {
    // A dead-letter exchange that does not exist (messages dead-lettered to it are dropped) or that this user may not read.
    if (error instanceof BrokerError && (error.code === 'NOT_FOUND' || error.code === 'ACCESS_REFUSED')) return [];
    throw error;
  }
}

async function readySamples(credentials: Credentials, queue: SnapshotQueue, age: number, incr: number): Promise<QueueSamples | null> {
  try {
    const found = await managementRequest<{ messages_ready_details?: { samples?: Sample[] } }>(
      credentials,
      'GET',
      mgmtPath`/queues/${queue.vhost}/${queue.name}`,
      { query: { columns: 'messages_ready_details', lengths_age: age, lengths_incr: incr } },
    );
    return { vhost: queue.vhost, name: queue.name, messages_ready: found.messages_ready_details?.samples ?? [] };
  } catch (error) {
    // Deleted since the list was read.
    if (error instanceof BrokerError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
