import 'server-only';
import type { AdminVhost, VhostLimitName, VhostLimits, VhostPutResult } from '@/lib/api/admin-vhosts';
import type { Page } from '@/lib/api/page';
import { limitsOf, vhostDefaultQueueType } from '@/lib/admin/vhosts';
import type { ListQuery } from '@/lib/schemas/list';
import type { VhostPutCondition } from '@/lib/schemas/admin-vhosts';
import { BrokerError } from '../errors';
import { escapeRegex, listPageClamped, managementRequest, MAX_PAGE_SIZE, mgmtPath, pageRequest, type Credentials } from '../management';

// Admin → virtual hosts: the list, one vhost, create / update / delete, and its limits.

/** What the Admin list shows, no more: a page of 100 vhosts stays small. */
const LIST_COLUMNS = [
  'name',
  'description',
  'tags',
  'default_queue_type',
  'tracing',
  'cluster_state',
  'messages',
  'messages_ready',
  'messages_unacknowledged',
  'message_stats.publish_details.rate',
  'message_stats.deliver_get_details.rate',
];

/** One page of vhosts, paged, sorted and filtered by the broker (3.10 pages this list). */
export function listAdminVhosts(credentials: Credentials, query: ListQuery): Promise<Page<AdminVhost>> {
  return listPageClamped<AdminVhost>(credentials, '/vhosts', pageRequest(query, LIST_COLUMNS));
}

/**
 * One vhost, found through the list (an exact-name filter): the list is open to every user for
 * the vhosts they may access, while GET /api/vhosts/{name} is for administrators only. The
 * broker's filter is caseless, so the exact name is picked here.
 */
export async function findVhost(credentials: Credentials, name: string, { fresh = false } = {}): Promise<AdminVhost | null> {
  const page = await managementRequest<Page<AdminVhost>>(credentials, 'GET', '/vhosts', {
    query: { pagination: true, page: 1, page_size: MAX_PAGE_SIZE, name: `^${escapeRegex(name)}$`, use_regex: true },
    fresh,
  });
  return page.items.find((vhost) => vhost.name === name) ?? null;
}

export async function getVhostDetail(credentials: Credentials, name: string): Promise<AdminVhost> {
  const found = await findVhost(credentials, name);
  if (!found) throw notFound(name);
  return found;
}

/**
 * Creates or updates a vhost's description, tags and default queue type. The broker's PUT
 * replaces description and tags with what it is sent (absent means empty) and keeps tracing, so
 * a field the request leaves out is sent as the vhost has it; a
 * default queue type the vhost has is sent again so that an edit keeps it. 3.10 drops
 * `default_queue_type` silently: it is read back, and the answer says when it was not kept.
 */
export async function putVhost(
  credentials: Credentials,
  name: string,
  body: { description?: string; tags?: string[]; default_queue_type?: string },
  condition: VhostPutCondition,
): Promise<VhostPutResult> {
  const existing = await findVhost(credentials, name, { fresh: true });
  if (condition === 'create' && existing) throw new BrokerError('CONFLICT', `Virtual host “${name}” already exists`);
  if (condition === 'update' && !existing) throw notFound(name);
  const defaultQueueType = body.default_queue_type ?? vhostDefaultQueueType(existing ?? undefined);
  await managementRequest(credentials, 'PUT', mgmtPath`/vhosts/${name}`, {
    body: {
      // The broker replaces both with what it is sent: what the request leaves out is kept.
      description: body.description ?? existing?.description ?? '',
      tags: (body.tags ?? existing?.tags ?? []).join(','),
      ...(defaultQueueType ? { default_queue_type: defaultQueueType } : {}),
    },
  });
  const ignored: VhostPutResult['ignored'] = [];
  if (body.default_queue_type) {
    const stored = await findVhost(credentials, name, { fresh: true });
    if (vhostDefaultQueueType(stored ?? undefined) !== body.default_queue_type) ignored.push('default_queue_type');
  }
  return { created: !existing, ignored };
}

/** Deletes a vhost with everything in it (queues, messages, exchanges, bindings, permissions). */
export async function deleteVhost(credentials: Credentials, name: string): Promise<void> {
  await withVhostNotFound(name, managementRequest(credentials, 'DELETE', mgmtPath`/vhosts/${name}`));
}

export async function getVhostLimits(credentials: Credentials, vhost: string): Promise<VhostLimits> {
  const rows = await withVhostNotFound(
    vhost,
    managementRequest<Array<{ vhost: string; value: Record<string, unknown> }>>(credentials, 'GET', mgmtPath`/vhost-limits/${vhost}`),
  );
  return limitsOf(rows, vhost);
}

export async function setVhostLimit(credentials: Credentials, vhost: string, name: VhostLimitName, value: number): Promise<void> {
  await withVhostNotFound(vhost, managementRequest(credentials, 'PUT', mgmtPath`/vhost-limits/${vhost}/${name}`, { body: { value } }));
}

/** Removes a limit (no limit then); removing one that is not set is no error. */
export async function removeVhostLimit(credentials: Credentials, vhost: string, name: VhostLimitName): Promise<void> {
  try {
    await managementRequest(credentials, 'DELETE', mgmtPath`/vhost-limits/${vhost}/${name}`);
  } catch (error) {
    // 3.10 answers 500 for a vhost that does not exist: say that instead of "broker error".
    if (error instanceof BrokerError && error.code === 'BROKER_ERROR' && !(await findVhost(credentials, vhost, { fresh: true }))) {
      throw notFound(vhost);
    }
    throw error;
  }
}

function notFound(name: string): BrokerError {
  return new BrokerError('NOT_FOUND', `Virtual host “${name}” does not exist or you have no access to it`);
}

/** The broker's 404 for these paths says "Not Found" or "vhost_not_found": name the vhost instead. */
async function withVhostNotFound<T>(name: string, request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof BrokerError && error.code === 'NOT_FOUND') throw notFound(name);
    throw error;
  }
}
