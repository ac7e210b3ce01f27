// lib/rabbitmq/rpc.ts, tail.ts and tracing.ts against the real broker: an RPC call to a
// tutorial-style server (and a timeout, and a request no queue takes), a live tail that shows
// what flows and leaves nothing behind, and the firehose turning tracing on and off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amqpConnection, createVhost, enc, mgmt, testBroker, TEST_USERS, uniqueName } from '../support/broker';
import { closeAllConnections } from '@/lib/rabbitmq/amqp';
import { publishMessage } from '@/lib/rabbitmq/messages';
import { rpcCall } from '@/lib/rabbitmq/rpc';
import { tail, TAIL_QUEUE_PREFIX } from '@/lib/rabbitmq/tail';
import { acquireTracing, releaseTracing } from '@/lib/rabbitmq/tracing';
import { messageSchema, rpcSchema } from '@/lib/schemas/messages';
import type { FetchedMessage, TailEnd } from '@/lib/api/messages';

process.env.RABBITMQ_AMQP_URL = testBroker.amqpUrl;
process.env.WARREN_TRACING_STATE = `${testBroker.dataDir}/tracing-state-it.json`;

const admin = { username: TEST_USERS.admin.username, password: TEST_USERS.admin.password };
const vhost = uniqueName('warren-it rpc tail');
let dropVhost: () => Promise<void>;

beforeAll(async () => {
  dropVhost = await createVhost(vhost);
});
afterAll(async () => {
  await closeAllConnections();
  await dropVhost();
});

const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));

describe('RPC call', () => {
  it('calls a server as the tutorial does: reply_to, correlation_id, the reply and the round trip', async () => {
    const queue = uniqueName('rpc_queue');
    const server = await amqpConnection(vhost);
    try {
      const channel = await server.createChannel();
      await channel.assertQueue(queue, { durable: false });
      await channel.consume(queue, (request) => {
        if (!request) return;
        const n = Number(request.content.toString());
        channel.sendToQueue(request.properties.replyTo, Buffer.from(String(fib(n))), { correlationId: request.properties.correlationId });
        channel.ack(request);
      });
      const result = await rpcCall(admin, vhost, '', rpcSchema.parse({ message: { routing_key: queue, payload: '30' } }));
      expect(result.outcome).toBe('reply');
      if (result.outcome !== 'reply') return;
      expect(result.reply.payload).toBe('832040');
      expect(result.correlation_matches).toBe(true);
      expect(result.reply.properties.correlation_id).toBe(result.correlation_id);
      expect(result.round_trip_ms).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('says when no server answers in time, and when no queue took the request', async () => {
    const idle = uniqueName('nobody-home');
    await mgmt('PUT', `/queues/${enc(vhost)}/${enc(idle)}`, { durable: false });
    const timeout = await rpcCall(admin, vhost, '', rpcSchema.parse({ message: { routing_key: idle, payload: '1' }, timeout_ms: 300 }));
    expect(timeout).toMatchObject({ outcome: 'timeout', waited_ms: 300 });
    const returned = await rpcCall(admin, vhost, '', rpcSchema.parse({ message: { routing_key: uniqueName('no-such-queue'), payload: '1' } }));
    expect(returned).toMatchObject({ outcome: 'returned', reply_text: 'NO_ROUTE' });
  });
});

async function counts() {
  const [connections, channels, queues] = await Promise.all([
    mgmt<unknown[]>('GET', `/vhosts/${enc(vhost)}/connections`),
    mgmt<Array<{ vhost: string }>>('GET', '/channels'),
    mgmt<Array<{ name: string }>>('GET', `/queues/${enc(vhost)}`),
  ]);
  return { connections: connections.length, channels: channels.filter((c) => c.vhost === vhost).length, tailQueues: queues.filter((q) => q.name.startsWith(TAIL_QUEUE_PREFIX)).length };
}

function startTail(source: string, routingKey: string) {
  const received: FetchedMessage[] = [];
  const controller = new AbortController();
  let started: (queue: string) => void = () => {};
  const queue = new Promise<string>((resolve) => (started = resolve));
  let ended: (end: TailEnd) => void = () => {};
  const end = new Promise<TailEnd>((resolve) => (ended = resolve));
  void tail(admin, vhost, source, [{ routing_key: routingKey }], { truncate: 1000 }, controller.signal, {
    onStart: started,
    onMessage: (message) => {
      received.push(message);
      return true;
    },
    onEnd: ended,
  });
  return { received, queue, end, stop: () => controller.abort() };
}

describe('live tail', () => {
  it('shows the messages published meanwhile that match, then leaves no queue behind', async () => {
    const exchange = uniqueName('orders');
    await mgmt('PUT', `/exchanges/${enc(vhost)}/${enc(exchange)}`, { type: 'topic', durable: false });
    const live = startTail(exchange, 'orders.*');
    const queue = await live.queue;
    expect(queue.startsWith(`${TAIL_QUEUE_PREFIX}${admin.username}.`)).toBe(true);
    for (const key of ['orders.created', 'invoices.created', 'orders.paid']) {
      await publishMessage(admin, vhost, exchange, messageSchema.parse({ routing_key: key, payload: key, mandatory: false }));
    }
    await expect.poll(() => live.received.map((m) => m.payload)).toEqual(['orders.created', 'orders.paid']);
    live.stop();
    expect(await live.end).toEqual({ reason: 'cancelled' });
    await expect(mgmt('GET', `/queues/${enc(vhost)}/${enc(queue)}`)).rejects.toThrow(/404/);
  });

  it('many tails share nothing and leak nothing', async () => {
    const exchange = uniqueName('many');
    await mgmt('PUT', `/exchanges/${enc(vhost)}/${enc(exchange)}`, { type: 'fanout', durable: false });
    const tails = Array.from({ length: 5 }, () => startTail(exchange, ''));
    const queues = await Promise.all(tails.map((t) => t.queue));
    expect(new Set(queues).size).toBe(5);
    await publishMessage(admin, vhost, exchange, messageSchema.parse({ payload: 'to all' }));
    for (const t of tails) await expect.poll(() => t.received.length).toBe(1);
    for (const t of tails) t.stop();
    await Promise.all(tails.map((t) => t.end));
    // The stats lag: wait for the broker's lists to settle.
    await expect.poll(async () => (await counts()).tailQueues, { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await counts()).channels, { timeout: 10_000 }).toBe(0);
  });
});

describe('firehose', () => {
  it('turns tracing on for the vhost while it runs, shows deliveries, and turns it off after, keeping the vhost metadata', async () => {
    await mgmt('PUT', `/vhosts/${enc(vhost)}`, { description: 'keep me', tags: 'a,b' });
    const queue = uniqueName('traced');
    await mgmt('PUT', `/queues/${enc(vhost)}/${enc(queue)}`, { durable: false });
    await acquireTracing(admin, vhost);
    expect(await mgmt<{ tracing: boolean; description: string }>('GET', `/vhosts/${enc(vhost)}`)).toMatchObject({ tracing: true, description: 'keep me' });
    const live = startTail('amq.rabbitmq.trace', `deliver.${queue}`);
    await live.queue;
    await publishMessage(admin, vhost, '', messageSchema.parse({ routing_key: queue, payload: 'traced body' }));
    const consumer = await amqpConnection(vhost);
    try {
      const channel = await consumer.createChannel();
      const got = await channel.get(queue, { noAck: true });
      expect(got && got.content.toString()).toBe('traced body');
      await expect.poll(() => live.received.map((m) => m.payload)).toEqual(['traced body']);
      expect(live.received[0]?.routing_key).toBe(`deliver.${queue}`);
    } finally {
      await consumer.close();
    }
    live.stop();
    await live.end;
    await releaseTracing(admin, vhost);
    expect(await mgmt<{ tracing: boolean; description: string; tags: string[] }>('GET', `/vhosts/${enc(vhost)}`)).toMatchObject({ tracing: false, description: 'keep me', tags: ['a', 'b'] });
  });
});
