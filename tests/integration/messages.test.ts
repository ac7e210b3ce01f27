// lib/rabbitmq/messages.ts against the real broker: publish with its outcome, bulk publish from a
// template, Get messages in each ack mode (what stays, what goes, what is dead-lettered), and
// stream pages. Every count is read back over AMQP (queue.declare passive), never from the
// management API's statistics, which lag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amqpConnection, createVhost, enc, messageCount, mgmt, testBroker, TEST_USERS, uniqueName } from '../support/broker';
import { closeAllConnections } from '@/lib/rabbitmq/amqp';
import { browseStream, getMessages, publishMessage, publishMessages } from '@/lib/rabbitmq/messages';
import { bulkPublishSchema, getMessagesSchema, messageSchema, streamQuerySchema } from '@/lib/schemas/messages';
import type { Message } from 'amqplib';
import type { BulkProgress } from '@/lib/api/messages';
import { brokerFailure } from '../support/failure';

process.env.RABBITMQ_AMQP_URL = testBroker.amqpUrl;

const admin = { username: TEST_USERS.admin.username, password: TEST_USERS.admin.password };
const teamA = { username: TEST_USERS.management.username, password: TEST_USERS.management.password };
const vhost = uniqueName('warren-it messages/水');
let dropVhost: () => Promise<void>;

beforeAll(async () => {
  dropVhost = await createVhost(vhost);
});
afterAll(async () => {
  await closeAllConnections();
  await dropVhost();
});

async function declareQueue(name: string, args: Record<string, unknown> = {}): Promise<void> {
  await mgmt('PUT', `/queues/${enc(vhost)}/${enc(name)}`, { durable: true, auto_delete: false, arguments: args });
}

/** Reads every message of a queue with a plain amqplib client, then puts them back. */
async function peek(queue: string, max = 100) {
  const connection = await amqpConnection(vhost);
  try {
    const channel = await connection.createChannel();
    const got = [];
    for (let i = 0; i < max; i++) {
      const message = await channel.get(queue, { noAck: false });
      if (!message) break;
      got.push(message);
    }
    if (got.length) channel.nack(got[got.length - 1]!, true, true);
    await channel.close();
    return got;
  } finally {
    await connection.close();
  }
}

const message = (input: Record<string, unknown>) => messageSchema.parse(input);
const get = (queue: string, input: Record<string, unknown> = {}) => getMessages(admin, vhost, queue, getMessagesSchema.parse(input));

describe('publish', () => {
  it('routes a message with every property and typed headers, which arrive as sent', async () => {
    const queue = uniqueName('props');
    await declareQueue(queue);
    const outcome = await publishMessage(
      admin,
      vhost,
      '',
      message({
        routing_key: queue,
        payload: '{"order": 42, "note": "水"}',
        payload_encoding: 'json',
        properties: {
          delivery_mode: 2,
          content_type: 'application/json',
          content_encoding: 'utf-8',
          priority: 3,
          correlation_id: 'corr-1',
          reply_to: 'rpc-replies',
          expiration: '60000',
          message_id: 'msg-1',
          timestamp: 1_700_000_000,
          type: 'order.created',
          user_id: admin.username,
          app_id: 'warren-test',
        },
        headers: { tenant: 'acme', attempt: 2, urgent: true, ratio: 0.5, tags: ['a', 'b'], nested: { depth: 1 } },
      }),
    );
    expect(outcome).toEqual({ outcome: 'routed' });
    const [got] = await peek(queue);
    expect(got?.content.toString('utf8')).toBe('{"order": 42, "note": "水"}');
    expect(got?.properties).toMatchObject({
      contentType: 'application/json',
      contentEncoding: 'utf-8',
      deliveryMode: 2,
      priority: 3,
      correlationId: 'corr-1',
      replyTo: 'rpc-replies',
      expiration: '60000',
      messageId: 'msg-1',
      timestamp: 1_700_000_000,
      type: 'order.created',
      userId: admin.username,
      appId: 'warren-test',
    });
    expect(got?.properties.headers).toMatchObject({ tenant: 'acme', attempt: 2, urgent: true, ratio: 0.5, tags: ['a', 'b'], nested: { depth: 1 } });
  });

  it("round-trips AMQP's own header types: what Get messages shows can be published again as it was", async () => {
    const queue = uniqueName('typed-headers');
    await declareQueue(queue);
    const headers = {
      when: { $type: 'timestamp', seconds: 1_700_000_000 },
      raw: { $type: 'bytes', base64: Buffer.from([0, 255, 1]).toString('base64') },
      price: { $type: 'decimal', places: 2, digits: 1999 },
      nested: { list: [1, 'two', { three: 3 }], none: null },
      valueOf: 'a header, not a method',
    };
    await publishMessage(admin, vhost, '', message({ routing_key: queue, headers }));
    const [raw] = await peek(queue);
    expect(Buffer.isBuffer(raw?.properties.headers?.raw)).toBe(true);
    const { messages } = await get(queue);
    expect(messages[0]?.headers).toEqual(JSON.parse(JSON.stringify(headers)));
    // Published again from what Get showed: the same headers arrive.
    await publishMessage(admin, vhost, '', message({ routing_key: queue, headers: messages[0]!.headers }));
    const both = await get(queue, { count: 2 });
    expect(both.messages[1]?.headers).toEqual(both.messages[0]?.headers);
  });

  it('publishes a binary payload given as base64 byte for byte', async () => {
    const queue = uniqueName('binary');
    await declareQueue(queue);
    const bytes = Buffer.from([0, 1, 2, 0xfe, 0xff, 0x80, 0x0a, 0x00]);
    await publishMessage(admin, vhost, '', message({ routing_key: queue, payload: bytes.toString('base64'), payload_encoding: 'base64' }));
    const [got] = await peek(queue);
    expect(got?.content.equals(bytes)).toBe(true);
    // And Get messages shows it as base64, not as mangled text.
    const { messages } = await get(queue);
    expect(messages[0]).toMatchObject({ payload: bytes.toString('base64'), payload_encoding: 'base64', payload_bytes: bytes.length });
  });

  it('says a message that no queue took was returned (mandatory), not that it was sent', async () => {
    const exchange = uniqueName('nowhere');
    await mgmt('PUT', `/exchanges/${enc(vhost)}/${enc(exchange)}`, { type: 'direct', durable: false });
    const outcome = await publishMessage(admin, vhost, exchange, message({ routing_key: 'no.binding', payload: 'lost?' }));
    expect(outcome).toMatchObject({ outcome: 'returned', reply_code: 312, reply_text: 'NO_ROUTE' });
    // Without mandatory the broker drops it silently: the outcome is "routed" by AMQP's word, so
    // the form sends mandatory by default.
    expect(messageSchema.parse({}).mandatory).toBe(true);
  });

  it('a missing exchange is NOT_FOUND; a user without write permission is refused', async () => {
    const missing = await brokerFailure(publishMessage(admin, vhost, uniqueName('no-such'), message({ payload: 'x' })));
    expect([missing.code, missing.status]).toEqual(['NOT_FOUND', 404]);
    // team-a's user has no permission at all on this vhost: refused at the connection.
    const refused = await brokerFailure(publishMessage(teamA, vhost, '', message({ routing_key: 'x', payload: 'x' })));
    expect(refused.status).toBe(403);
  });

  it('refuses a payload over WARREN_MAX_PAYLOAD_BYTES before publishing anything', async () => {
    const queue = uniqueName('too-large');
    await declareQueue(queue);
    process.env.WARREN_MAX_PAYLOAD_BYTES = '1024';
    try {
      const error = await brokerFailure(publishMessage(admin, vhost, '', message({ routing_key: queue, payload: 'x'.repeat(1025) })));
      expect([error.code, error.status]).toEqual(['PAYLOAD_TOO_LARGE', 413]);
      expect(error.message).toContain('1025 bytes');
    } finally {
      delete process.env.WARREN_MAX_PAYLOAD_BYTES;
    }
    expect(await messageCount(vhost, queue)).toBe(0);
  });

  it('refuses headers too large for an AMQP frame at validation', () => {
    const result = messageSchema.safeParse({ headers: { big: 'x'.repeat(70_000) } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/AMQP takes at most/);
  });
});

describe('bulk publish', () => {
  const bulk = (input: Record<string, unknown>) => bulkPublishSchema.parse(input);
  const never = new AbortController().signal;

  it('publishes 5,000 templated messages, every one confirmed and in the queue', async () => {
    const queue = uniqueName('bulk');
    await declareQueue(queue);
    const events: BulkProgress[] = [];
    const report = await publishMessages(
      admin,
      vhost,
      '',
      bulk({
        count: 5000,
        message: { routing_key: queue, payload: '{"seq": {{seq}}, "id": "{{uuid}}"}', payload_encoding: 'json', properties: { message_id: 'm-{{seq}}' }, headers: { n: '{{seq}}' } },
      }),
      never,
      (event) => events.push(event),
    );
    expect(report).toMatchObject({ type: 'done', ended: 'complete', requested: 5000, published: 5000, confirmed: 5000, returned: 0, nacked: 0 });
    expect(report.rate).toBeGreaterThan(0);
    expect(await messageCount(vhost, queue)).toBe(5000);
    const [first, second] = await peek(queue, 2);
    expect(JSON.parse(first!.content.toString())).toMatchObject({ seq: 1 });
    expect(JSON.parse(second!.content.toString())).toMatchObject({ seq: 2 });
    expect(first!.properties.messageId).toBe('m-1');
    expect(second!.properties.headers).toMatchObject({ n: '2' });
    const ids = [first, second].map((m) => JSON.parse(m!.content.toString()).id as string);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
    // Progress lines count up and never past the report.
    for (const event of events) expect(event.confirmed).toBeLessThanOrEqual(event.published);
  });

  it('keeps to the rate asked for', async () => {
    const queue = uniqueName('rate');
    await declareQueue(queue);
    const report = await publishMessages(admin, vhost, '', bulk({ count: 40, rate: 100, message: { routing_key: queue } }), never, () => {});
    // 40 messages at 100/s: the 40th is due 390 ms after the first.
    expect(report.elapsed_ms).toBeGreaterThanOrEqual(380);
    expect(report.confirmed).toBe(40);
  });

  it('cancelled, stops publishing and reports exactly what the queue holds', async () => {
    const queue = uniqueName('cancel');
    await declareQueue(queue);
    const controller = new AbortController();
    const report = await publishMessages(
      admin,
      vhost,
      '',
      bulk({ count: 100_000, rate: 2000, message: { routing_key: queue } }),
      controller.signal,
      (event) => {
        if (event.published > 0) controller.abort();
      },
    );
    expect(report.ended).toBe('cancelled');
    expect(report.published).toBeLessThan(100_000);
    expect(report.confirmed).toBe(report.published);
    expect(await messageCount(vhost, queue)).toBe(report.confirmed);
  });

  it('counts the messages returned as unroutable', async () => {
    const exchange = uniqueName('bulk-nowhere');
    await mgmt('PUT', `/exchanges/${enc(vhost)}/${enc(exchange)}`, { type: 'topic', durable: false });
    const report = await publishMessages(admin, vhost, exchange, bulk({ count: 30, message: { routing_key: 'a.b' } }), never, () => {});
    expect(report).toMatchObject({ confirmed: 30, returned: 30, return_text: 'NO_ROUTE' });
  });

  it('a failure carries the progress made until then', async () => {
    const error = await publishMessages(admin, vhost, uniqueName('missing'), bulk({ count: 10, message: {} }), never, () => {}).then(
      () => undefined,
      (reason: unknown) => reason as { code?: string; progress?: BulkProgress },
    );
    expect(error?.code).toBe('NOT_FOUND');
    expect(error?.progress).toMatchObject({ type: 'done', ended: 'failed', requested: 10 });
  });
});

describe('Get messages', () => {
  for (const type of ['classic', 'quorum'] as const) {
    it(`on a ${type} queue, the default mode shows the messages and leaves every one in the queue`, async () => {
      const queue = uniqueName(`get-${type}`);
      await declareQueue(queue, { 'x-queue-type': type });
      for (let i = 1; i <= 5; i++) {
        await publishMessage(
          admin,
          vhost,
          '',
          message({ routing_key: queue, payload: `body ${i}`, properties: { correlation_id: `c${i}`, content_type: 'text/plain' }, headers: { i } }),
        );
      }
      const first = await get(queue, { count: 3 });
      expect(first.ackmode).toBe('ack_requeue_true');
      expect(first.messages.map((m) => m.payload)).toEqual(['body 1', 'body 2', 'body 3']);
      expect(first.messages[0]).toMatchObject({
        position: 1,
        exchange: '',
        routing_key: queue,
        redelivered: false,
        payload_encoding: 'string',
        properties: { correlation_id: 'c1', content_type: 'text/plain', delivery_mode: 2 },
        headers: { i: 1 },
      });
      expect(await messageCount(vhost, queue)).toBe(5);
      const again = await get(queue, { count: 10 });
      const payloads = again.messages.map((m) => m.payload);
      // A classic queue puts them back in place; a quorum queue (3.10) at its back. Either way
      // all five are there, the three shown marked redelivered.
      if (type === 'classic') expect(payloads).toEqual(['body 1', 'body 2', 'body 3', 'body 4', 'body 5']);
      else expect(payloads).toEqual(['body 4', 'body 5', 'body 1', 'body 2', 'body 3']);
      const redelivered = Object.fromEntries(again.messages.map((m) => [m.payload, m.redelivered]));
      expect(redelivered).toEqual({ 'body 1': true, 'body 2': true, 'body 3': true, 'body 4': false, 'body 5': false });
      expect(await messageCount(vhost, queue)).toBe(5);
    });
  }

  it('reject_requeue_true also leaves every message', async () => {
    const queue = uniqueName('reject-requeue');
    await declareQueue(queue);
    for (let i = 0; i < 4; i++) await publishMessage(admin, vhost, '', message({ routing_key: queue, payload: `m${i}` }));
    const { messages } = await get(queue, { ackmode: 'reject_requeue_true', count: 4 });
    expect(messages).toHaveLength(4);
    expect(await messageCount(vhost, queue)).toBe(4);
  });

  it('on a quorum queue a requeued message counts as a delivery (x-delivery-count, which delivery-limit counts)', async () => {
    const queue = uniqueName('delivery-count');
    await declareQueue(queue, { 'x-queue-type': 'quorum' });
    await publishMessage(admin, vhost, '', message({ routing_key: queue, payload: 'counted' }));
    await get(queue);
    await get(queue);
    const { messages } = await get(queue);
    expect(messages[0]?.headers['x-delivery-count']).toBe(2);
  });

  it('a queue exclusive to another connection is RESOURCE_LOCKED, and nothing is taken', async () => {
    const connection = await amqpConnection(vhost);
    try {
      const channel = await connection.createConfirmChannel();
      const { queue } = await channel.assertQueue('', { exclusive: true });
      channel.sendToQueue(queue, Buffer.from('mine'));
      await channel.waitForConfirms();
      const locked = await brokerFailure(get(queue, { ackmode: 'ack_requeue_false' }));
      expect([locked.code, locked.status]).toEqual(['RESOURCE_LOCKED', 409]);
      expect((await channel.checkQueue(queue)).messageCount).toBe(1);
    } finally {
      await connection.close();
    }
  });

  for (const type of ['classic', 'quorum'] as const) {
    it(`on a ${type} queue with a consumer holding messages, Get takes only ready ones and loses none`, async () => {
      const queue = uniqueName(`with-consumer-${type}`);
      await declareQueue(queue, { 'x-queue-type': type });
      for (let i = 0; i < 10; i++) await publishMessage(admin, vhost, '', message({ routing_key: queue, payload: `m${i}` }));
      const connection = await amqpConnection(vhost);
      try {
        const channel = await connection.createChannel();
        await channel.prefetch(4);
        const held: Message[] = [];
        const received: string[] = [];
        let acking = false;
        await channel.consume(queue, (m) => {
          if (!m) return;
          received.push(m.content.toString());
          if (acking) channel.ack(m);
          else held.push(m);
        });
        await expect.poll(() => held.length).toBe(4);
        const { messages } = await get(queue, { count: 100 });
        expect(messages.map((m) => m.payload)).toEqual(['m4', 'm5', 'm6', 'm7', 'm8', 'm9']);
        // The peeked messages went back: the consumer goes on to get every one of them.
        acking = true;
        for (const m of held) channel.ack(m);
        await expect.poll(() => received.length, { timeout: 10_000 }).toBe(10);
        expect([...received].sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9']);
        await channel.close();
      } finally {
        await connection.close();
      }
      expect(await messageCount(vhost, queue)).toBe(0);
    });
  }

  it('ack_requeue_false removes the messages it shows, and only those', async () => {
    const queue = uniqueName('ack-remove');
    await declareQueue(queue);
    for (let i = 0; i < 5; i++) await publishMessage(admin, vhost, '', message({ routing_key: queue, payload: `m${i}` }));
    const { messages } = await get(queue, { ackmode: 'ack_requeue_false', count: 2 });
    expect(messages.map((m) => m.payload)).toEqual(['m0', 'm1']);
    expect(await messageCount(vhost, queue)).toBe(3);
    expect((await peek(queue)).map((m) => m.content.toString())).toEqual(['m2', 'm3', 'm4']);
  });

  it('reject_requeue_false dead-letters: the dead-letter queue shows x-death with reason rejected', async () => {
    const dlx = uniqueName('dlx');
    const dlq = uniqueName('dlq');
    const queue = uniqueName('work');
    await mgmt('PUT', `/exchanges/${enc(vhost)}/${enc(dlx)}`, { type: 'fanout', durable: true });
    await declareQueue(dlq);
    await mgmt('POST', `/bindings/${enc(vhost)}/e/${enc(dlx)}/q/${enc(dlq)}`, { routing_key: '' });
    await declareQueue(queue, { 'x-dead-letter-exchange': dlx });
    await publishMessage(admin, vhost, '', message({ routing_key: queue, payload: 'poison' }));
    await get(queue, { ackmode: 'reject_requeue_false', count: 1 });
    expect(await messageCount(vhost, queue)).toBe(0);
    const { messages } = await get(dlq);
    expect(messages[0]?.payload).toBe('poison');
    const deaths = messages[0]?.headers['x-death'] as Array<Record<string, unknown>>;
    expect(deaths[0]).toMatchObject({ reason: 'rejected', queue, exchange: '', count: 1, 'routing-keys': [queue] });
    expect(deaths[0]?.time).toMatchObject({ $type: 'timestamp' });
  });

  it('an expired message arrives dead-lettered with reason expired', async () => {
    const dlq = uniqueName('expired-dlq');
    const queue = uniqueName('ttl');
    await declareQueue(dlq);
    await declareQueue(queue, { 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': dlq });
    await publishMessage(admin, vhost, '', message({ routing_key: queue, payload: 'stale', properties: { expiration: '1' } }));
    await expect.poll(() => messageCount(vhost, dlq), { timeout: 10_000 }).toBe(1);
    const { messages } = await get(dlq);
    const deaths = messages[0]?.headers['x-death'] as Array<Record<string, unknown>>;
    expect(deaths[0]).toMatchObject({ reason: 'expired', queue });
    expect(messages[0]?.properties.expiration).toBeUndefined(); // the broker strips it on dead-lettering
  });

  it('cuts a long payload at `truncate` bytes and says how large it was', async () => {
    const queue = uniqueName('truncate');
    await declareQueue(queue);
    await publishMessage(admin, vhost, '', message({ routing_key: queue, payload: '水'.repeat(100) }));
    const { messages } = await get(queue, { truncate: 10 });
    // 10 bytes hold three 3-byte characters; the cut fourth one is dropped, not shown as �.
    expect(messages[0]).toMatchObject({ payload: '水水水', truncated: true, payload_bytes: 300 });
  });

  it('a missing queue is NOT_FOUND; another vhost is refused to team-a', async () => {
    const missing = await brokerFailure(get(uniqueName('missing')));
    expect(missing.code).toBe('NOT_FOUND');
    const refused = await brokerFailure(getMessages(teamA, '/', 'anything', getMessagesSchema.parse({})));
    expect(refused.status).toBe(403);
  });
});

describe('stream pages', () => {
  const streamName = uniqueName('stream');
  const startedAt = Date.now();

  beforeAll(async () => {
    await declareQueue(streamName, { 'x-queue-type': 'stream' });
    for (let i = 0; i < 30; i++) await publishMessage(admin, vhost, '', message({ routing_key: streamName, payload: `s${i}` }));
  });
  const browse = (input: Record<string, unknown>) => browseStream(admin, vhost, streamName, streamQuerySchema.parse(input));

  it('reads from the first message, with offsets, as often as asked: nothing is consumed', async () => {
    const page = await browse({ from: 'first', count: 10 });
    expect(page.messages.map((m) => m.payload)).toEqual(Array.from({ length: 10 }, (_, i) => `s${i}`));
    expect(page.messages.map((m) => m.offset)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    const again = await browse({ from: 'first', count: 3 });
    expect(again.messages.map((m) => m.payload)).toEqual(['s0', 's1', 's2']);
  });

  it('reads from an offset, and stops at the end of the stream', async () => {
    const page = await browse({ from: '25', count: 20 });
    expect(page.messages.map((m) => m.offset)).toEqual([25, 26, 27, 28, 29]);
  });

  it('reads from a time', async () => {
    const page = await browse({ from: new Date(startedAt - 60_000).toISOString(), count: 5 });
    expect(page.messages[0]?.payload).toBe('s0');
    const future = await browse({ from: new Date(Date.now() + 3_600_000).toISOString(), count: 5 });
    expect(future.messages).toEqual([]);
  });

  it('"last" starts at the last chunk', async () => {
    const page = await browse({ from: 'last', count: 50 });
    expect(page.messages.length).toBeGreaterThan(0);
    expect(page.messages.at(-1)?.payload).toBe('s29');
  });
});
