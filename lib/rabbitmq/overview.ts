import 'server-only';
import { BrokerError } from './errors';
import { managementRequest, type Credentials } from './management';
import { rabbitmqVersion, type NodeApplication } from '@/lib/api/nodes';
import type { BrokerNode, Overview, Vhost, Whoami } from '@/lib/api/overview';
import { DEFAULT_SERIES_RANGE, RANGE_INCREMENTS } from '@/lib/api/series';

const NODE_COLUMNS = [
  'name', 'type', 'running', 'uptime', 'mem_used', 'mem_limit', 'mem_alarm', 'disk_free', 'disk_free_limit',
  'disk_free_alarm', 'fd_used', 'fd_total', 'sockets_used', 'sockets_total', 'proc_used', 'proc_total', 'partitions',
  'run_queue', 'applications.name', 'applications.version',
];

export function getWhoami(credentials: Credentials): Promise<Whoami> {
  return managementRequest<Whoami>(credentials, 'GET', '/whoami');
}

/**
 * The overview with the samples of the default chart range. The overview page's totals, its
 * charts and the retention policies are then one broker request, shared (coalesced and briefly
 * cached by managementRequest) instead of two: with thousands of queues the broker's overview is
 * one of its costliest answers.
 */
const OVERVIEW_CHART_QUERY = {
  lengths_age: DEFAULT_SERIES_RANGE,
  lengths_incr: RANGE_INCREMENTS[DEFAULT_SERIES_RANGE],
  msg_rates_age: DEFAULT_SERIES_RANGE,
  msg_rates_incr: RANGE_INCREMENTS[DEFAULT_SERIES_RANGE],
};

export function overviewWithSamples(credentials: Credentials): Promise<Overview> {
  return managementRequest<Overview>(credentials, 'GET', '/overview', { query: OVERVIEW_CHART_QUERY });
}

/** The overview without its samples (the charts have their own route). A copy: the answer is shared. */
export async function getOverview(credentials: Credentials): Promise<Overview> {
  const overview = await overviewWithSamples(credentials);
  return JSON.parse(JSON.stringify(overview, (key, value: unknown) => (key === 'samples' ? undefined : value))) as Overview;
}

/**
 * The cluster's nodes, a node that is down included (`running: false`, with its name and type
 * only). Each row carries the node's ~40 applications: only RabbitMQ's version is passed on.
 */
export async function listNodes(credentials: Credentials): Promise<BrokerNode[]> {
  const nodes = await managementRequest<Array<BrokerNode & { applications?: NodeApplication[] }>>(credentials, 'GET', '/nodes', {
    query: { columns: NODE_COLUMNS.join(',') },
  });
  // New objects: the answer itself may be shared with other requests (managementRequest's cache).
  return nodes.map(({ applications, ...node }) => {
    const version = rabbitmqVersion(applications);
    return version ? { ...node, rabbitmq_version: version } : node;
  });
}

/** The vhosts this user may see (the broker filters them by the user's permissions). */
export function listVhosts(credentials: Credentials, { fresh = false } = {}): Promise<Vhost[]> {
  return managementRequest<Vhost[]>(credentials, 'GET', '/vhosts', {
    query: { columns: 'name,description,tags,messages,messages_ready,messages_unacknowledged' },
    fresh,
  });
}

/**
 * One vhost's queued messages and rates. GET /api/vhosts/{name} is for administrators only
 * (3.10 answers others 401 "Not administrator user"), while the list is open to every user and
 * filtered to their vhosts, so the list serves everyone.
 */
export async function getVhost(credentials: Credentials, vhost: string): Promise<Vhost> {
  const vhosts = await managementRequest<Vhost[]>(credentials, 'GET', '/vhosts', {
    query: { columns: 'name,description,tags,messages,messages_ready,messages_unacknowledged,message_stats' },
  });
  const found = vhosts.find((v) => v.name === vhost);
  if (!found) throw new BrokerError('NOT_FOUND', `Virtual host "${vhost}" does not exist or you have no access to it`);
  return found;
}

/** Normalises `tags`, which the broker sends as a list (3.10+) or a comma-separated string (older). */
export function parseTags(tags: string[] | string | undefined): string[] {
  if (Array.isArray(tags)) return tags.filter(Boolean);
  return (tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);
}
