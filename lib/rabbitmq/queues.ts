import 'server-only';
import type { ListQuery } from '@/lib/schemas/list';
import { dotNameProblem } from '@/lib/schemas/common';
import { reservedNameProblem, type QueueBulkAction, type QueueType } from '@/lib/schemas/queue';
import type { Arguments } from '@/lib/schemas/arguments';
import { BrokerError } from './errors';
import { withChannel } from './amqp';
import { addressable, findInList, listPageClamped, managementRequest, mgmtPath, pageRequest, type Credentials } from './management';
import { QUEUE_BROKER_COLUMNS } from '@/lib/api/queue-wire';
import { mapWithConcurrency } from '@/lib/concurrency';
import type { BulkResult, QueueDetail, QueueListItem, QueuePage } from '@/lib/api/queues';

// Queues, as the management API has them. Lists travel with `columns=` so that one page of 100
// queues is about a tenth of what the full objects weigh.

/** The list's columns: exactly what travels to the browser (lib/queries/queues/wire.ts). */
export const QUEUE_LIST_COLUMNS = QUEUE_BROKER_COLUMNS;

/** One page of queues, all vhosts or one, with paging, sort and filter done by the broker. */
export async function listQueues(credentials: Credentials, query: ListQuery): Promise<QueuePage> {
  const path = query.vhost ? mgmtPath`/queues/${query.vhost}` : '/queues';
  try {
    if (query.sort && COUNTER_SORT_KEYS.has(query.sort) && query.page_size <= COUNTER_SORT_MAX_PAGE_SIZE) {
      return await listQueuesByCounter(credentials, path, query);
    }
    return await listPageClamped<QueueListItem>(credentials, path, pageRequest(query, QUEUE_LIST_COLUMNS));
  } catch (error) {
    throw mapQueueError(error);
  }
}

/** Sort keys the broker can sort on from the queues' own message counters. */
const COUNTER_SORT_KEYS = new Set(['messages', 'messages_ready', 'messages_unacknowledged']);
const COUNTER_COLUMNS = ['name', 'vhost', 'messages', 'messages_ready', 'messages_unacknowledged'] as const;
/** Around this many rows and beyond, one statistics-sorted call costs the broker less than a lookup per row. */
const COUNTER_SORT_MAX_PAGE_SIZE = 100;
const ROW_LOOKUPS_AT_ONCE = 8;

type CounterRow = Pick<QueueListItem, (typeof COUNTER_COLUMNS)[number]>;

/**
 * Sorting by message counts in two steps. To sort on its statistics the broker first gathers
 * the statistics of every queue: ~1.3 s with 10,000 queues (then cached for a few seconds). With
 * `disable_stats=true&enable_queue_totals=true` it sorts on the queues' own counters instead,
 * ~0.3 s, and that page gives the order and the counts. The page's other columns (rates, bytes,
 * consumers, policy, idle since) then come from one lookup per queue on it, a few at a time,
 * ~0.1 s for 100. The counts shown are the ones sorted on, so the order always matches them.
 * A lookup per row is deliberate: measured on the broker's own CPU with 10,000 queues, the two
 * steps cost it ~0.7 s per refresh against ~1.25 s for one statistics sort (a regex naming the
 * 100 queues is one call, but ~0.37 s of matching and limited by the URL length).
 */
async function listQueuesByCounter(credentials: Credentials, path: string, query: ListQuery): Promise<QueuePage> {
  const order = await listPageClamped<CounterRow>(credentials, path, {
    ...pageRequest(query, COUNTER_COLUMNS),
    extra: { disable_stats: true, enable_queue_totals: true },
  });
  const rows = await mapWithConcurrency(order.items, ROW_LOOKUPS_AT_ONCE, (item) => queueRow(credentials, item.vhost, item.name));
  const items = order.items.flatMap((counted, i) => {
    const row = rows[i];
    // Deleted between the two steps: it is gone, as the next refresh would show.
    if (!row) return [];
    const { messages, messages_ready, messages_unacknowledged } = counted;
    return [{ ...row, messages, messages_ready, messages_unacknowledged }];
  });
  return { ...order, items };
}

/** One queue with the list's columns, or null when it no longer exists. */
async function queueRow(credentials: Credentials, vhost: string, name: string): Promise<QueueListItem | null> {
  if (!addressable(vhost, name)) return findInList<QueueListItem>(credentials, 'queues', vhost, name, { columns: QUEUE_LIST_COLUMNS });
  try {
    return await managementRequest<QueueListItem>(credentials, 'GET', mgmtPath`/queues/${vhost}/${name}`, {
      query: { columns: QUEUE_LIST_COLUMNS.join(',') },
    });
  } catch (error) {
    if (error instanceof BrokerError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export async function getQueue(credentials: Credentials, vhost: string, name: string): Promise<QueueDetail> {
  try {
    if (!addressable(vhost, name)) {
      // What the list knows is all there is: the management API has no path for this name.
      const row = await findInList<QueueListItem>(credentials, 'queues', vhost, name);
      if (!row) throw new BrokerError('NOT_FOUND', 'Not found');
      return { ...row, unaddressable: true };
    }
    try {
      return await managementRequest<QueueDetail>(credentials, 'GET', mgmtPath`/queues/${vhost}/${name}`);
    } catch (error) {
      if (!(error instanceof BrokerError) || error.code !== 'NOT_FOUND') throw error;
      // 3.10 answers 404 for a classic queue whose node is down; the list still has it ("down").
      const row = await findInList<QueueListItem>(credentials, 'queues', vhost, name);
      if (!row) throw error;
      return { ...row, detailsUnavailable: true };
    }
  } catch (error) {
    throw mapQueueError(error, { vhost, name });
  }
}

/** Whether the queue exists now (no cached answer), fetching only its name. */
export async function queueExists(credentials: Credentials, vhost: string, name: string): Promise<boolean> {
  if (!addressable(vhost, name)) {
    return (await findInList(credentials, 'queues', vhost, name, { columns: ['name', 'vhost'], fresh: true })) !== null;
  }
  try {
    await managementRequest(credentials, 'GET', mgmtPath`/queues/${vhost}/${name}`, { query: { columns: 'name' }, fresh: true });
    return true;
  } catch (error) {
    if (error instanceof BrokerError && error.code === 'NOT_FOUND') return false;
    throw mapQueueError(error);
  }
}

export interface QueueDeclaration {
  type: QueueType;
  durable: boolean;
  auto_delete: boolean;
  arguments: Arguments;
}

/**
 * Declares a queue. An existing queue is never reported as created: with other settings the
 * broker refuses (406 PRECONDITION_FAILED, its own message), with the same ones Warren says that
 * it already exists (409).
 */
export async function declareQueue(
  credentials: Credentials,
  vhost: string,
  name: string,
  declaration: QueueDeclaration,
): Promise<{ created: true }> {
  // The broker's own answer for reserved names is a bare 401 "Access refused.": say why instead.
  const reserved = reservedNameProblem(name);
  if (reserved) throw new BrokerError('ACCESS_REFUSED', reserved);
  const dots = dotNameProblem('Queue', name);
  if (dots) throw new BrokerError('UNADDRESSABLE', dots);

  const existed = await queueExists(credentials, vhost, name);
  try {
    await managementRequest(credentials, 'PUT', mgmtPath`/queues/${vhost}/${name}`, {
      body: {
        durable: declaration.type === 'classic' ? declaration.durable : true,
        auto_delete: declaration.type === 'classic' ? declaration.auto_delete : false,
        arguments: { ...declaration.arguments, 'x-queue-type': declaration.type },
      },
    });
  } catch (error) {
    throw mapQueueError(error);
  }
  if (existed) {
    throw new BrokerError('CONFLICT', `Queue "${name}" already exists in virtual host "${vhost}" with these settings`);
  }
  return { created: true };
}

export interface DeleteOptions {
  ifEmpty?: boolean;
  ifUnused?: boolean;
}

export async function deleteQueue(
  credentials: Credentials,
  vhost: string,
  name: string,
  { ifEmpty, ifUnused }: DeleteOptions = {},
): Promise<void> {
  try {
    if (!addressable(vhost, name)) {
      // Over AMQP, which names the queue in the frame instead of a path. queue.delete of a queue
      // that does not exist succeeds there, so Warren checks first (the API would answer 404).
      if (!(await queueExists(credentials, vhost, name))) throw new BrokerError('NOT_FOUND', 'Not found');
      await withChannel(credentials, vhost, (channel) => channel.deleteQueue(name, { ifEmpty, ifUnused }));
      return;
    }
    await managementRequest(credentials, 'DELETE', mgmtPath`/queues/${vhost}/${name}`, {
      query: { 'if-empty': ifEmpty || undefined, 'if-unused': ifUnused || undefined },
    });
  } catch (error) {
    throw mapQueueError(error, { vhost, name });
  }
}

export async function purgeQueue(credentials: Credentials, vhost: string, name: string): Promise<void> {
  try {
    if (!addressable(vhost, name)) {
      // Over AMQP: queue.purge names the queue in the frame (a missing one is a 404 channel error).
      await withChannel(credentials, vhost, (channel) => channel.purgeQueue(name));
      return;
    }
    await managementRequest(credentials, 'DELETE', mgmtPath`/queues/${vhost}/${name}/contents`);
  } catch (error) {
    throw mapQueueError(error, { vhost, name });
  }
}

/**
 * The broker answers these AMQP channel errors as plain 400s over HTTP; Warren gives them the
 * code they have over AMQP (PRECONDITION_FAILED, RESOURCE_LOCKED) and a clear sentence.
 * (Refused permissions and inequivalent redeclarations are mapped for every resource in errors.ts.)
 */
export function mapQueueError(error: unknown, queue?: { vhost: string; name: string }): unknown {
  if (!(error instanceof BrokerError)) return error;
  if (error.code === 'NOT_FOUND' && queue) {
    return new BrokerError('NOT_FOUND', `Queue "${queue.name}" not found in virtual host "${queue.vhost}"`);
  }
  if (error.code !== 'BAD_REQUEST') return error;
  const message = error.message;
  if (queue && /\bnot empty$/i.test(message)) {
    return new BrokerError(
      'PRECONDITION_FAILED',
      `Queue "${queue.name}" in virtual host "${queue.vhost}" is not empty, so it was not deleted (“if empty” was asked)`,
    );
  }
  if (queue && /\bin use$/i.test(message)) {
    return new BrokerError(
      'PRECONDITION_FAILED',
      `Queue "${queue.name}" in virtual host "${queue.vhost}" has consumers, so it was not deleted (“if unused” was asked)`,
    );
  }
  if (/cannot obtain exclusive access to locked queue/i.test(message)) {
    return new BrokerError('RESOURCE_LOCKED', `RESOURCE_LOCKED - ${message}`);
  }
  return error;
}

/** How many purges or deletes run at the broker at once: enough to be quick, few enough to be gentle. */
export const BULK_CONCURRENCY = 8;

/** Purges or deletes each queue, a few at a time, and says for each whether it worked and why not. */
export async function bulkQueueAction(
  credentials: Credentials,
  { action, queues }: QueueBulkAction,
  concurrency = BULK_CONCURRENCY,
): Promise<BulkResult[]> {
  const run = action === 'purge' ? purgeQueue : deleteQueue;
  return mapWithConcurrency(queues, concurrency, async ({ vhost, name }) => {
    try {
      await run(credentials, vhost, name);
      return { vhost, name, ok: true };
    } catch (error) {
      if (error instanceof BrokerError) {
        // A login the broker no longer accepts fails every item the same way: say so once.
        if (error.code === 'LOGIN_FAILED') throw error;
        return { vhost, name, ok: false, code: error.code, message: error.message };
      }
      throw error;
    }
  });
}
