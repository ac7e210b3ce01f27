// The route tester's matcher against the broker's real routing: a temporary vhost gets topic,
// direct, fanout and headers exchanges with many generated bindings (wildcards, empty words,
// void header values, -with-x), exchange-to-exchange bindings with a cycle and alternate
// exchanges (argument and policy). Generated messages are published with `mandatory`; where
// each one really landed (basic.get on every queue) and which came back unroutable must equal
// what lib/routing predicts from the bindings the management API lists.
import amqp, { type ConfirmChannel } from 'amqplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amqpConnection, enc, mgmt, testBroker, TEST_USERS } from '../support/broker';
import { simulateRoute, type ExchangeNode, type RouteMessage } from '@/lib/routing/route';

const MGMT_URL = testBroker.managementUrl;
const AMQP_URL = testBroker.amqpUrl;
const admin = TEST_USERS.admin;
// lib/rabbitmq reads these when it is called; the route tester's server side is exercised too.
process.env.RABBITMQ_MANAGEMENT_URL = MGMT_URL;
process.env.RABBITMQ_AMQP_URL = AMQP_URL;

const SEED = Number(process.env.WARREN_ROUTING_SEED ?? Date.now() % 1_000_000);
const vhost = `warren-routing-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** A small seeded PRNG (mulberry32), so a failure can be replayed with WARREN_ROUTING_SEED. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
const rnd = prng(SEED);

const WORDS = ['a', 'b', 'c', ''] as const;
const PATTERN_WORDS = ['a', 'b', 'c', '', '*', '#', '#', '*'] as const;

function randomKey(words: readonly string[], maxWords: number): string {
  const count = rnd.int(maxWords + 1);
  return Array.from({ length: count }, () => rnd.pick(words)).join('.');
}

// Keys that stress the edge cases whatever the seed.
const EDGE_KEYS = ['', '.', '..', 'a', 'a.', '.a', 'a..b', 'a.b', 'a.b.c', '#', '*', '#.#', 'a.#.b', 'a.*', '*.a', 'a.b.c.a.b'];
const EDGE_PATTERNS = ['', '#', '*', '#.#', 'a.#.b', 'a.*', '*.*', '#.a', 'a.#', '*.#', '#.*.#', 'a..b', '.', 'a.*.#.b'];

type HeaderValue = string | number | boolean | null;
const HEADER_KEYS = ['h1', 'h2', 'x-h3'] as const;
const BINDING_VALUES: HeaderValue[] = ['v1', 'v2', 1, '1', true, null];
const MESSAGE_VALUES: HeaderValue[] = ['v1', 'v2', 1, '1', true];

interface Plan {
  exchanges: Array<{ name: string; type: string; arguments?: Record<string, unknown> }>;
  queues: string[];
  queueBindings: Array<{ source: string; queue: string; key: string; args?: Record<string, unknown>; viaAmqp?: boolean }>;
  exchangeBindings: Array<{ source: string; destination: string; key: string }>;
}

function buildPlan(): Plan {
  const plan: Plan = { exchanges: [], queues: [], queueBindings: [], exchangeBindings: [] };
  const queue = (name: string) => {
    plan.queues.push(name);
    return name;
  };

  plan.exchanges.push({ name: 'topic-x', type: 'topic' });
  for (let i = 0; i < 14; i++) {
    const q = queue(`topic-q${i}`);
    const count = 1 + rnd.int(3);
    for (let j = 0; j < count; j++) {
      const key = i < EDGE_PATTERNS.length && j === 0 ? EDGE_PATTERNS[i]! : randomKey(PATTERN_WORDS, 4);
      plan.queueBindings.push({ source: 'topic-x', queue: q, key });
    }
  }

  plan.exchanges.push({ name: 'direct-x', type: 'direct' });
  for (let i = 0; i < 6; i++) {
    const q = queue(`direct-q${i}`);
    plan.queueBindings.push({ source: 'direct-x', queue: q, key: i === 0 ? '' : randomKey(WORDS, 2) });
    if (rnd.chance(0.5)) plan.queueBindings.push({ source: 'direct-x', queue: q, key: randomKey(WORDS, 2) });
  }

  plan.exchanges.push({ name: 'fanout-x', type: 'fanout' });
  plan.queueBindings.push({ source: 'fanout-x', queue: queue('fanout-q0'), key: 'ignored' });
  plan.queueBindings.push({ source: 'fanout-x', queue: queue('fanout-q1'), key: '' });

  // Headers bindings go through amqplib, which can send a void (null) value: presence match.
  plan.exchanges.push({ name: 'headers-x', type: 'headers' });
  for (let i = 0; i < 16; i++) {
    const q = queue(`headers-q${i}`);
    const args: Record<string, unknown> = {};
    const xMatch = rnd.pick(['all', 'any', 'all-with-x', 'any-with-x', undefined] as const);
    if (xMatch) args['x-match'] = xMatch;
    for (const key of HEADER_KEYS) if (rnd.chance(0.55)) args[key] = rnd.pick(BINDING_VALUES);
    plan.queueBindings.push({ source: 'headers-x', queue: q, key: '', args, viaAmqp: true });
  }

  // Exchange-to-exchange: topic-x → inner-fanout (pattern) → queue, inner-fanout → inner-direct
  // → back to topic-x (a cycle), and topic-x → headers-x (headers survive the hop).
  plan.exchanges.push({ name: 'inner-fanout', type: 'fanout' }, { name: 'inner-direct', type: 'direct' });
  plan.exchangeBindings.push({ source: 'topic-x', destination: 'inner-fanout', key: 'a.#' });
  plan.exchangeBindings.push({ source: 'inner-fanout', destination: 'inner-direct', key: '' });
  plan.exchangeBindings.push({ source: 'inner-direct', destination: 'topic-x', key: 'a.b' });
  plan.exchangeBindings.push({ source: 'topic-x', destination: 'headers-x', key: '*.c' });
  plan.queueBindings.push({ source: 'inner-fanout', queue: queue('e2e-q'), key: '' });
  plan.queueBindings.push({ source: 'inner-direct', queue: 'topic-q0', key: 'a.b.c' });

  // Alternate exchanges: by argument (ae-main), by policy (pol-main), and one exchange whose
  // binding to a dead-end exchange matches, which keeps its alternate exchange unused.
  plan.exchanges.push(
    { name: 'ae-fallback', type: 'fanout' },
    { name: 'ae-main', type: 'direct', arguments: { 'alternate-exchange': 'ae-fallback' } },
    { name: 'pol-main', type: 'topic' },
    { name: 'dead-end', type: 'direct' },
  );
  plan.queueBindings.push({ source: 'ae-fallback', queue: queue('ae-q'), key: '' });
  plan.queueBindings.push({ source: 'ae-main', queue: queue('ae-known'), key: 'a' });
  plan.exchangeBindings.push({ source: 'ae-main', destination: 'dead-end', key: 'b' });
  plan.queueBindings.push({ source: 'pol-main', queue: queue('pol-known'), key: 'a.*' });
  return plan;
}

interface Sent {
  id: string;
  exchange: string;
  message: RouteMessage;
}

function buildMessages(): Sent[] {
  const sent: Sent[] = [];
  const add = (exchange: string, message: RouteMessage) => sent.push({ id: String(sent.length), exchange, message });
  for (const key of EDGE_KEYS) for (const exchange of ['topic-x', 'direct-x', 'ae-main', 'pol-main']) add(exchange, { routingKey: key });
  for (let i = 0; i < 250; i++) add('topic-x', { routingKey: randomKey(WORDS, 5), headers: randomHeaders() });
  for (let i = 0; i < 60; i++) add('direct-x', { routingKey: randomKey(WORDS, 2) });
  for (let i = 0; i < 10; i++) add('direct-x', { routingKey: randomKey(WORDS, 2), headers: { CC: [randomKey(WORDS, 2)] } });
  for (let i = 0; i < 5; i++) add('fanout-x', { routingKey: randomKey(WORDS, 3) });
  for (let i = 0; i < 250; i++) add('headers-x', { routingKey: randomKey(WORDS, 2), headers: randomHeaders() });
  for (let i = 0; i < 40; i++) add(rnd.pick(['ae-main', 'pol-main']), { routingKey: randomKey(WORDS, 2) });
  return sent;
}

function randomHeaders(): Record<string, unknown> {
  const headers: Record<string, unknown> = {};
  for (const key of HEADER_KEYS) if (rnd.chance(0.6)) headers[key] = rnd.pick(MESSAGE_VALUES);
  if (rnd.chance(0.1)) headers.other = 'x';
  return headers;
}

const plan = buildPlan();
const messages = buildMessages();
let connection: amqp.ChannelModel | undefined;

beforeAll(async () => {
  await mgmt('PUT', `/vhosts/${enc(vhost)}`, {});
  await mgmt('PUT', `/permissions/${enc(vhost)}/${enc(admin.username)}`, { configure: '.*', write: '.*', read: '.*' });
  for (const exchange of plan.exchanges) {
    await mgmt('PUT', `/exchanges/${enc(vhost)}/${enc(exchange.name)}`, {
      type: exchange.type,
      durable: false,
      arguments: exchange.arguments ?? {},
    });
  }
  await mgmt('PUT', `/policies/${enc(vhost)}/ae-policy`, {
    pattern: '^pol-main$',
    definition: { 'alternate-exchange': 'ae-fallback' },
    'apply-to': 'exchanges',
  });
  for (const queue of plan.queues) await mgmt('PUT', `/queues/${enc(vhost)}/${enc(queue)}`, { durable: false });
  for (const binding of plan.exchangeBindings) {
    await mgmt('POST', `/bindings/${enc(vhost)}/e/${enc(binding.source)}/e/${enc(binding.destination)}`, {
      routing_key: binding.key,
      arguments: {},
    });
  }
  connection = await amqpConnection(vhost);
  const setup = await connection.createChannel();
  for (const binding of plan.queueBindings) {
    if (binding.viaAmqp) await setup.bindQueue(binding.queue, binding.source, binding.key, binding.args ?? {});
    else {
      await mgmt('POST', `/bindings/${enc(vhost)}/e/${enc(binding.source)}/q/${enc(binding.queue)}`, {
        routing_key: binding.key,
        arguments: binding.args ?? {},
      });
    }
  }
  await setup.close();
});

afterAll(async () => {
  await connection?.close().catch(() => undefined);
  await mgmt('DELETE', `/vhosts/${enc(vhost)}`).catch(() => undefined);
  const { closeAllConnections } = await import('@/lib/rabbitmq/amqp');
  await closeAllConnections();
});

/** The exchanges and their source bindings as the management API lists them (what the route tester sees). */
async function loadGraph(): Promise<Map<string, ExchangeNode>> {
  const graph = new Map<string, ExchangeNode>();
  for (const exchange of plan.exchanges) {
    const info = await mgmt<{ type: string; arguments: Record<string, unknown>; policy?: string }>(
      'GET',
      `/exchanges/${enc(vhost)}/${enc(exchange.name)}`,
    );
    const bindings = await mgmt<ExchangeNode['bindings']>('GET', `/exchanges/${enc(vhost)}/${enc(exchange.name)}/bindings/source`);
    graph.set(exchange.name, {
      exchange: {
        name: exchange.name,
        type: info.type,
        arguments: info.arguments,
        policy: info.policy,
        policyAlternateExchange: info.policy ? 'ae-fallback' : null,
      },
      bindings,
    });
  }
  return graph;
}

async function publishAll(channel: ConfirmChannel): Promise<Set<string>> {
  const returned = new Set<string>();
  channel.on('return', (message) => returned.add(String(message.properties.messageId)));
  for (const sent of messages) {
    channel.publish(sent.exchange, sent.message.routingKey, Buffer.from(sent.id), {
      messageId: sent.id,
      mandatory: true,
      headers: sent.message.headers,
    });
  }
  await channel.waitForConfirms();
  return returned;
}

async function drain(channel: ConfirmChannel): Promise<Map<string, string[]>> {
  const landed = new Map<string, string[]>();
  for (const queue of plan.queues) {
    const ids: string[] = [];
    for (;;) {
      const message = await channel.get(queue, { noAck: true });
      if (!message) break;
      ids.push(String(message.properties.messageId));
    }
    landed.set(queue, ids);
  }
  return landed;
}

describe(`routing matches the broker (seed ${SEED}, vhost ${vhost})`, () => {
  it('lists void header values as "undefined", which the matcher reads as "key present"', async () => {
    const bindings = await mgmt<Array<{ arguments: Record<string, unknown> }>>(
      'GET',
      `/exchanges/${enc(vhost)}/headers-x/bindings/source`,
    );
    const voids = plan.queueBindings.filter((b) => b.args && Object.values(b.args).includes(null)).length;
    const listedVoids = bindings.filter((b) => Object.values(b.arguments).includes('undefined')).length;
    expect(listedVoids).toBe(voids);
  });

  it('predicts every queue each message lands in, and every unroutable return', async () => {
    const graph = await loadGraph();
    const channel = await connection!.createConfirmChannel();
    const returned = await publishAll(channel);
    const landed = await drain(channel);
    await channel.close();

    const actual = new Map<string, string[]>(messages.map((m) => [m.id, []]));
    for (const [queue, ids] of landed) for (const id of ids) actual.get(id)!.push(queue);

    const mismatches: string[] = [];
    let deliveries = 0;
    for (const sent of messages) {
      const result = simulateRoute(sent.exchange, sent.message, (name) => graph.get(name) ?? null);
      const predicted = result.queues.map((d) => d.queue).sort();
      const real = actual.get(sent.id)!.sort();
      deliveries += real.length;
      expect(result.uncertain).toBe(false);
      if (JSON.stringify(predicted) !== JSON.stringify(real) || result.unroutable !== returned.has(sent.id)) {
        mismatches.push(
          `#${sent.id} ${sent.exchange} key=${JSON.stringify(sent.message.routingKey)} headers=${JSON.stringify(sent.message.headers ?? {})}: ` +
            `predicted ${JSON.stringify(predicted)}${result.unroutable ? ' (unroutable)' : ''}, broker ${JSON.stringify(real)}${returned.has(sent.id) ? ' (returned)' : ''}`,
        );
      }
    }
    expect(mismatches, mismatches.slice(0, 20).join('\n')).toEqual([]);
    // The generated world must exercise both outcomes, and queues receiving several copies' worth of paths.
    expect(returned.size).toBeGreaterThan(20);
    expect(deliveries).toBeGreaterThan(messages.length);
    // Each message reached each queue at most once.
    for (const queues of actual.values()) expect(new Set(queues).size).toBe(queues.length);
  });

  it('the route-test server code (loading only reachable exchanges, policies included) agrees', async () => {
    const { routeTest } = await import('@/lib/rabbitmq/exchanges');
    const graph = await loadGraph();
    const credentials = { username: admin.username, password: admin.password };
    const sample = messages.filter((_, i) => i % 17 === 0);
    for (const sent of sample) {
      const served = await routeTest(credentials, vhost, sent.exchange, {
        routingKey: sent.message.routingKey,
        headers: sent.message.headers ?? {},
      });
      const expected = simulateRoute(sent.exchange, sent.message, (name) => graph.get(name) ?? null);
      expect(served.queues.map((d) => d.queue).sort(), `#${sent.id}`).toEqual(expected.queues.map((d) => d.queue).sort());
      expect(served.unroutable).toBe(expected.unroutable);
    }
  });
});
