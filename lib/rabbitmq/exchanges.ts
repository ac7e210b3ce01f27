import 'server-only';
import type { ListQuery } from '@/lib/schemas/list';
import { dotNameProblem } from '@/lib/schemas/common';
import { isBuiltInExchange, type DeclareExchange } from '@/lib/schemas/exchange';
import { exchangeSegment } from '@/lib/api/segments';
import type { Exchange, RouteTestResult } from '@/lib/api/exchanges';
import type { Page } from '@/lib/api/page';
import { routingKeys, simulateRoute, type ExchangeNode, type PolicyUnknown, type RouteMessage } from '@/lib/routing/route';
import { authorised, listExchangeBindings } from './bindings';
import { BrokerError } from './errors';
import { withChannel } from './amqp';
import { addressable, findInList, listPageClamped, managementRequest, mgmtPath, pageRequest, type Credentials } from './management';
import { queueExists } from './queues';

// Only what the list shows: a page of 100 exchanges stays a few KB.
const LIST_COLUMNS = [
  'name',
  'vhost',
  'type',
  'durable',
  'auto_delete',
  'internal',
  'arguments',
  'policy',
  'message_stats.publish_in_details.rate',
  'message_stats.publish_out_details.rate',
];

export function listExchanges(credentials: Credentials, query: ListQuery): Promise<Page<Exchange>> {
  const path = query.vhost ? mgmtPath`/exchanges/${query.vhost}` : '/exchanges';
  return authorised(listPageClamped<Exchange>(credentials, path, pageRequest(query, LIST_COLUMNS)));
}

export async function getExchange(credentials: Credentials, vhost: string, name: string, { fresh = false } = {}): Promise<Exchange> {
  if (!addressable(vhost, name)) {
    // No path for this name: the list's row is all there is (with its bindings from the vhost's list).
    const row = await authorised(findInList<Exchange>(credentials, 'exchanges', vhost, name, { fresh }));
    if (!row) throw new BrokerError('NOT_FOUND', `Exchange “${name}” not found in virtual host “${vhost}”`);
    return { ...row, unaddressable: true };
  }
  return authorised(
    managementRequest<Exchange>(credentials, 'GET', mgmtPath`/exchanges/${vhost}/${exchangeSegment(name)}`, { fresh }),
  );
}

/** The exchange as it is now (no cached answer), or null when it does not exist (other errors propagate). */
export async function findExchange(credentials: Credentials, vhost: string, name: string): Promise<Exchange | null> {
  try {
    return await getExchange(credentials, vhost, name, { fresh: true });
  } catch (error) {
    if (error instanceof BrokerError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export type DeclareOutcome = { created: true } | { created: false; reason: 'exists' };

/**
 * Declares an exchange. An identical existing exchange is reported as such (declaring is
 * idempotent at the broker, so without the check the user would never learn it was there);
 * a different one is a 406 naming what differs.
 */
export async function declareExchange(
  credentials: Credentials,
  vhost: string,
  name: string,
  properties: DeclareExchange,
): Promise<DeclareOutcome> {
  if (name.startsWith('amq.')) {
    throw new BrokerError(
      'ACCESS_REFUSED',
      `Exchange names starting with “amq.” are reserved for the broker; RabbitMQ refuses to declare “${name}”`,
    );
  }
  const dots = dotNameProblem('Exchange', name);
  if (dots) throw new BrokerError('UNADDRESSABLE', dots);
  const existing = await findExchange(credentials, vhost, name);
  if (existing) {
    const differences = declareDifferences(existing, properties);
    if (differences.length === 0) return { created: false, reason: 'exists' };
    throw new BrokerError(
      'PRECONDITION_FAILED',
      `An exchange “${name}” already exists in vhost “${vhost}” with other properties (${differences.join('; ')}); delete it first or declare it with the same properties`,
    );
  }
  try {
    await authorised(
      managementRequest(credentials, 'PUT', mgmtPath`/exchanges/${vhost}/${name}`, {
        body: {
          type: properties.type,
          durable: properties.durable,
          auto_delete: properties.auto_delete,
          internal: properties.internal,
          arguments: properties.arguments,
        },
      }),
    );
  } catch (error) {
    // Declared by someone else in the meantime, differently: errors.ts already made the broker's
    // 400 "inequivalent arg" a 406 PRECONDITION_FAILED with its own message.
    if (error instanceof BrokerError && error.code === 'BAD_REQUEST' && /unknown exchange type|invalid_exchange_type/i.test(error.message)) {
      throw new BrokerError('BAD_REQUEST', `This broker has no exchange type “${properties.type}”: ${error.message}`);
    }
    throw error;
  }
  return { created: true };
}

/** What differs between an existing exchange and a declaration, in words. */
export function declareDifferences(existing: Exchange, wanted: DeclareExchange): string[] {
  const differences: string[] = [];
  if (existing.type !== wanted.type) differences.push(`type is ${existing.type}, not ${wanted.type}`);
  if (existing.durable !== wanted.durable) differences.push(`durable is ${existing.durable}`);
  if (existing.auto_delete !== wanted.auto_delete) differences.push(`auto-delete is ${existing.auto_delete}`);
  if (existing.internal !== wanted.internal) differences.push(`internal is ${existing.internal}`);
  if (!sameArguments(existing.arguments ?? {}, wanted.arguments)) {
    differences.push(`arguments are ${JSON.stringify(existing.arguments ?? {})}`);
  }
  return differences;
}

function sameArguments(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key in b && JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

export async function deleteExchange(
  credentials: Credentials,
  vhost: string,
  name: string,
  { ifUnused = false }: { ifUnused?: boolean } = {},
): Promise<void> {
  if (isBuiltInExchange(name)) {
    throw new BrokerError(
      'ACCESS_REFUSED',
      name === ''
        ? 'The default exchange is built in; RabbitMQ refuses to delete it'
        : 'amq.* exchanges are built in; RabbitMQ refuses to delete them',
    );
  }
  try {
    if (!addressable(vhost, name)) {
      // Over AMQP (exchange.delete of a missing exchange succeeds there: check first).
      if (!(await findExchange(credentials, vhost, name))) throw new BrokerError('NOT_FOUND', `Exchange “${name}” not found in virtual host “${vhost}”`);
      await withChannel(credentials, vhost, (channel) => channel.deleteExchange(name, { ifUnused }));
      return;
    }
    await authorised(
      managementRequest(credentials, 'DELETE', mgmtPath`/exchanges/${vhost}/${name}`, {
        query: { 'if-unused': ifUnused ? 'true' : undefined },
      }),
    );
  } catch (error) {
    // 3.10 answers a bare 400 when if-unused finds bindings; say why.
    if (ifUnused && error instanceof BrokerError && (error.code === 'BAD_REQUEST' || error.code === 'PRECONDITION_FAILED')) {
      throw new BrokerError('PRECONDITION_FAILED', `Exchange “${name}” is in use (it has bindings), so it was not deleted: ${error.message}`);
    }
    throw error;
  }
}

/** The alternate exchange a policy sets, if this user may read the policy; otherwise why it is not known. */
export async function policyAlternateExchange(
  credentials: Credentials,
  vhost: string,
  policy: string,
): Promise<{ alternateExchange: string | null } | { unknown: PolicyUnknown }> {
  // The management API cannot address a policy of that name.
  if (!addressable(vhost, policy)) return { unknown: 'unaddressable' };
  try {
    const found = await managementRequest<{ definition?: Record<string, unknown> }>(
      credentials,
      'GET',
      mgmtPath`/policies/${vhost}/${policy}`,
    );
    const ae = found.definition?.['alternate-exchange'];
    return { alternateExchange: typeof ae === 'string' ? ae : null };
  } catch (error) {
    if (error instanceof BrokerError && ['LOGIN_FAILED', 'ACCESS_REFUSED', 'FORBIDDEN'].includes(error.code)) {
      return { unknown: 'unreadable' };
    }
    if (error instanceof BrokerError && error.code === 'NOT_FOUND') return { alternateExchange: null };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Route tester: loads only the exchanges a message can reach (one exchange and its source
// bindings at a time), never the whole vhost's bindings, and lets lib/routing decide.

/** A route test touching more exchanges than this is cut short (and says so). */
const ROUTE_TEST_MAX_EXCHANGES = 200;

export async function routeTest(
  credentials: Credentials,
  vhost: string,
  exchange: string,
  message: { routingKey: string; headers: Record<string, unknown> },
): Promise<RouteTestResult> {
  const graph = new Map<string, ExchangeNode | null>();
  const routeMessage: RouteMessage = { routingKey: message.routingKey, headers: message.headers };

  const load = async (name: string): Promise<void> => {
    if (name === '') {
      graph.set('', await defaultExchangeNode(credentials, vhost, routeMessage));
      return;
    }
    const found = await findExchange(credentials, vhost, name);
    if (!found) {
      graph.set(name, null);
      return;
    }
    const needsPolicy = found.policy && typeof found.arguments?.['alternate-exchange'] !== 'string';
    const [bindings, policy] = await Promise.all([
      listExchangeBindings(credentials, vhost, name, 'source'),
      needsPolicy ? policyAlternateExchange(credentials, vhost, found.policy!) : Promise.resolve(undefined),
    ]);
    graph.set(name, {
      exchange: {
        name,
        type: found.type,
        internal: found.internal,
        arguments: found.arguments,
        policy: found.policy,
        policyAlternateExchange: policy && 'alternateExchange' in policy ? policy.alternateExchange : found.policy ? undefined : null,
        policyUnknown: policy && 'unknown' in policy ? policy.unknown : undefined,
      },
      bindings: bindings.map(({ source, destination, destination_type, routing_key, arguments: args }) => ({
        source,
        destination,
        destination_type,
        routing_key,
        arguments: args ?? {},
      })),
    });
  };

  // The exchange itself must exist: a 404 here is the route's answer.
  await getExchange(credentials, vhost, exchange);
  let truncated = false;
  for (;;) {
    const result = simulateRoute(exchange, routeMessage, (name) => (graph.has(name) ? graph.get(name) : undefined));
    if (result.missing.length === 0 || truncated) {
      const notes: RouteTestResult['notes'] = truncated
        ? [...result.notes, { code: 'truncated', params: { max: ROUTE_TEST_MAX_EXCHANGES } }]
        : result.notes;
      return {
        ...result,
        uncertain: result.uncertain || truncated,
        notes,
        exchange,
        routingKey: message.routingKey,
        headers: message.headers,
        truncated: truncated || undefined,
      };
    }
    const room = ROUTE_TEST_MAX_EXCHANGES - graph.size;
    const batch = result.missing.slice(0, Math.max(room, 0));
    if (batch.length < result.missing.length) truncated = true;
    await Promise.all(batch.map(load));
  }
}

/** The default exchange routes to the queue named like the routing key (and CC/BCC keys), if it exists. */
async function defaultExchangeNode(credentials: Credentials, vhost: string, message: RouteMessage): Promise<ExchangeNode> {
  const names = routingKeys(message).filter((key) => key !== '');
  const existing = await Promise.all(names.map(async (name) => ((await queueExists(credentials, vhost, name)) ? name : null)));
  return {
    exchange: { name: '', type: 'direct' },
    bindings: existing
      .filter((name): name is string => name !== null)
      .map((name) => ({ source: '', destination: name, destination_type: 'queue' as const, routing_key: name, arguments: {} })),
  };
}
