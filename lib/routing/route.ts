// Where would a message published to an exchange go? A pure simulation of RabbitMQ's routing
// (rabbit_exchange:route/2 in 3.10): the exchange's type picks matching bindings; bindings to
// exchanges are followed with the same routing key and headers, each exchange at most once
// (so cycles end); a queue receives one copy however many paths reach it; an exchange whose
// own bindings match nothing hands the message to its alternate exchange, if it has one.
// Note the last rule is per exchange and about its *bindings*: a binding to another exchange
// that then routes nowhere still counts as a match, so the first exchange's alternate is not used.

import { headerChecks, headersMatch, type HeaderCheck } from './headers';
import { topicMatches } from './topic';

export interface RoutingBinding {
  source: string;
  destination: string;
  destination_type: 'queue' | 'exchange';
  routing_key: string;
  arguments: Record<string, unknown>;
}

export interface RoutingExchange {
  name: string;
  type: string;
  internal?: boolean;
  arguments?: Record<string, unknown>;
  /** The policy that applies, and the alternate exchange it sets (null: none; undefined: not known). */
  policy?: string;
  policyAlternateExchange?: string | null;
  /** Why the policy's alternate exchange is not known: the user may not read it (the default), or no API path can name it. */
  policyUnknown?: PolicyUnknown;
}

export type PolicyUnknown = 'unreadable' | 'unaddressable';

/** An exchange with its outgoing (source) bindings. */
export interface ExchangeNode {
  exchange: RoutingExchange;
  bindings: RoutingBinding[];
}

/**
 * What the simulation knows about an exchange: the node, null when it does not exist, or
 * undefined when it has not been loaded yet (the result lists it in `missing`).
 */
export type ExchangeLookup = (name: string) => ExchangeNode | null | undefined;

export interface RouteMessage {
  routingKey: string;
  headers?: Record<string, unknown>;
}

export type Hop =
  | { kind: 'binding'; exchange: string; exchangeType: string; binding: RoutingBinding }
  | { kind: 'alternate'; exchange: string; alternate: string; via: 'argument' | 'policy' };

export interface QueueDelivery {
  queue: string;
  /** Every path that reaches the queue (one per matching binding of a visited exchange); the first is the shortest. */
  paths: Hop[][];
}

/**
 * What the route tester explains beside the route, as a code and its parameters: the UI says it
 * in the user's language (lib/i18n/messages/exchanges.ts, route.note.*). Exchange names are
 * given as they are ("" is the default exchange).
 */
export type RouteNote =
  | { code: 'badDistributionHeader'; params: { header: string } }
  | { code: 'exchangeMissing'; params: { name: string } }
  | { code: 'alternateMissing'; params: { name: string; exchange: string } }
  | { code: 'delayedRoutes'; params: { name: string; type: string } }
  | { code: 'internal'; params: { name: string } }
  | { code: 'unpredictable'; params: { name: string; type: string; count: number } }
  | { code: 'policyUnreadable' | 'policyUnaddressable'; params: { name: string; policy: string } };

/** Why Warren cannot tell what an exchange does with a message. */
export interface Unpredictable {
  code: 'pluginType';
  params: { type: string };
}

export interface ExchangeVisit {
  name: string;
  type: string;
  /** How the message got here (empty for the exchange it was published to). */
  path: Hop[];
  /** This exchange's bindings that matched. */
  matched: RoutingBinding[];
  /** How many bindings it has. */
  bindingCount: number;
  /** The alternate exchange the message went on to, because nothing matched. */
  alternate?: string;
  /** Why Warren cannot tell what this exchange does (plugin exchange types). */
  unpredictable?: Unpredictable;
}

export interface RouteResult {
  queues: QueueDelivery[];
  exchanges: ExchangeVisit[];
  /** No queue receives the message: returned to a `mandatory` publisher, otherwise dropped. */
  unroutable: boolean;
  /** Part of the outcome cannot be predicted (see notes); `unroutable` is then only a lower bound. */
  uncertain: boolean;
  notes: RouteNote[];
  /** Exchanges the lookup has not loaded: load them and run again. */
  missing: string[];
}

export const STANDARD_TYPES = new Set(['direct', 'fanout', 'topic', 'headers']);

/** The type whose rules route the message; x-delayed-message routes by its x-delayed-type once the delay is over. */
function routingType(exchange: RoutingExchange): { type: string; note?: RouteNote } {
  if (exchange.type === 'x-delayed-message') {
    const delayed = exchange.arguments?.['x-delayed-type'];
    if (typeof delayed === 'string' && STANDARD_TYPES.has(delayed)) {
      return { type: delayed, note: { code: 'delayedRoutes', params: { name: exchange.name, type: delayed } } };
    }
  }
  return { type: exchange.type };
}

/**
 * The message's routing keys: its own plus the sender-selected distribution headers CC and BCC
 * (arrays of strings), which direct and topic exchanges also route by.
 */
export function routingKeys(message: RouteMessage): string[] {
  const keys = [message.routingKey];
  for (const header of ['CC', 'BCC']) {
    const value = message.headers?.[header];
    if (Array.isArray(value)) for (const key of value) if (typeof key === 'string') keys.push(key);
  }
  return [...new Set(keys)];
}

/** The bindings of one exchange that match the message, by the exchange's type; null for types Warren cannot predict. */
export function matchingBindings(
  type: string,
  bindings: readonly RoutingBinding[],
  message: RouteMessage,
): RoutingBinding[] | null {
  const headers = message.headers ?? {};
  const keys = routingKeys(message);
  switch (type) {
    case 'fanout':
      return [...bindings];
    case 'direct':
      return bindings.filter((b) => keys.includes(b.routing_key));
    case 'topic':
      return bindings.filter((b) => keys.some((key) => topicMatches(b.routing_key, key)));
    case 'headers':
      return bindings.filter((b) => headersMatch(b.arguments ?? {}, headers));
    default:
      return null;
  }
}

/** The alternate exchange: the exchange's own argument wins over a policy, as in rabbit_policy:get_arg. */
export function alternateExchangeOf(exchange: RoutingExchange): { name: string; via: 'argument' | 'policy' } | null | undefined {
  const argument = exchange.arguments?.['alternate-exchange'];
  if (typeof argument === 'string') return { name: argument, via: 'argument' };
  if (exchange.policy && exchange.policyAlternateExchange === undefined) return undefined;
  if (typeof exchange.policyAlternateExchange === 'string') return { name: exchange.policyAlternateExchange, via: 'policy' };
  return null;
}

export function simulateRoute(start: string, message: RouteMessage, lookup: ExchangeLookup): RouteResult {
  const queues = new Map<string, QueueDelivery>();
  const visits: ExchangeVisit[] = [];
  const notes: RouteNote[] = [];
  const missing: string[] = [];
  let uncertain = false;
  for (const header of ['CC', 'BCC']) {
    const value = message.headers?.[header];
    if (value !== undefined && !(Array.isArray(value) && value.every((key) => typeof key === 'string'))) {
      // RabbitMQ closes the channel for any other type (PRECONDITION_FAILED).
      notes.push({ code: 'badDistributionHeader', params: { header } });
    }
  }
  const seen = new Set<string>([start]);
  const work: Array<{ name: string; path: Hop[] }> = [{ name: start, path: [] }];

  while (work.length) {
    const { name, path } = work.shift()!;
    const node = lookup(name);
    if (node === undefined) {
      missing.push(name);
      continue;
    }
    if (node === null) {
      const last = path[path.length - 1];
      notes.push(
        last?.kind === 'alternate'
          ? { code: 'alternateMissing', params: { name, exchange: last.exchange } }
          : { code: 'exchangeMissing', params: { name } },
      );
      continue;
    }
    const { exchange, bindings } = node;
    const { type, note } = routingType(exchange);
    if (note) notes.push(note);
    if (path.length === 0 && exchange.internal) notes.push({ code: 'internal', params: { name } });
    const visit: ExchangeVisit = { name, type: exchange.type, path, matched: [], bindingCount: bindings.length };
    visits.push(visit);

    const matched = matchingBindings(type, bindings, message);
    if (matched === null) {
      visit.unpredictable = { code: 'pluginType', params: { type: exchange.type } };
      notes.push({ code: 'unpredictable', params: { name, type: exchange.type, count: bindings.length } });
      uncertain = true;
      continue;
    }
    visit.matched = matched;

    if (matched.length === 0) {
      const alternate = alternateExchangeOf(exchange);
      if (alternate === undefined) {
        uncertain = true;
        notes.push({
          code: exchange.policyUnknown === 'unaddressable' ? 'policyUnaddressable' : 'policyUnreadable',
          params: { name, policy: exchange.policy ?? '' },
        });
      } else if (alternate) {
        visit.alternate = alternate.name;
        if (!seen.has(alternate.name)) {
          seen.add(alternate.name);
          work.push({ name: alternate.name, path: [...path, { kind: 'alternate', exchange: name, alternate: alternate.name, via: alternate.via }] });
        }
      }
    }

    for (const binding of matched) {
      const hop: Hop = { kind: 'binding', exchange: name, exchangeType: exchange.type, binding };
      if (binding.destination_type === 'queue') {
        const delivery = queues.get(binding.destination);
        if (delivery) delivery.paths.push([...path, hop]);
        else queues.set(binding.destination, { queue: binding.destination, paths: [[...path, hop]] });
      } else if (!seen.has(binding.destination)) {
        seen.add(binding.destination);
        work.push({ name: binding.destination, path: [...path, hop] });
      }
    }
  }

  const delivered = [...queues.values()];
  return {
    queues: delivered,
    exchanges: visits,
    unroutable: delivered.length === 0,
    uncertain,
    notes,
    missing,
  };
}

/** Why a headers binding did or did not match, argument by argument (for the route tester's explanations). */
export function explainHeaders(binding: RoutingBinding, headers: Record<string, unknown>): HeaderCheck[] {
  return headerChecks(binding.arguments ?? {}, headers);
}
