import 'server-only';
import type { NodeDetail } from '@/lib/api/nodes';
import { BrokerError } from './errors';
import { addressable, managementRequest, mgmtPath, type Credentials } from './management';
import { listNodes } from './overview';

// One node of the cluster. The list of all nodes is listNodes (./overview), shared with the overview.

/**
 * One node with its paths, plugins, exchange types and authentication mechanisms; with `memory`,
 * its memory breakdown too, which the broker computes on the spot (costly: only on request).
 *
 * A node that is down is answered by 3.10 with its name, type and `running: false`. A name that
 * is no node of the cluster is answered with an empty 500, not a 404: the list of nodes then
 * tells which it is, so that "not found" is said only of a node the cluster does not have.
 */
export async function getNode(credentials: Credentials, name: string, { memory = false }: { memory?: boolean } = {}): Promise<NodeDetail> {
  await assertClusterNode(credentials, name);
  try {
    return await managementRequest<NodeDetail>(credentials, 'GET', mgmtPath`/nodes/${name}`, { query: { memory: memory || undefined } });
  } catch (error) {
    if (!(error instanceof BrokerError) || (error.code !== 'BROKER_ERROR' && error.code !== 'NOT_FOUND')) throw error;
    const listed = (await listNodes(credentials)).find((node) => node.name === name);
    if (!listed) throw notInCluster(name);
    // Listed but not answered: what the list knows is all there is (a node going down meanwhile).
    if (!listed.running) return listed;
    throw error;
  }
}

/**
 * Refuses a name the cluster has no node of, before the broker is asked: 3.10 turns the name of
 * GET /api/nodes/{name} into an Erlang atom, which is never freed (a client looping over random
 * names would fill the node's atom table, and the node stops). The list is the answer cache's.
 */
export async function assertClusterNode(credentials: Credentials, name: string): Promise<void> {
  if (!addressable(name) || !(await listNodes(credentials)).some((node) => node.name === name)) throw notInCluster(name);
}

function notInCluster(name: string): BrokerError {
  return new BrokerError('NOT_FOUND', `Node "${name}" is not a member of this cluster`);
}
