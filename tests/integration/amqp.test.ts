// lib/rabbitmq/amqp.ts against the real broker: publishing through the pool with confirms,
// channel errors mapped to error codes without losing the pooled connection, refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amqpConnection, createVhost, enc, mgmt, testBroker, TEST_USERS, uniqueName } from '../support/broker';
import { amqpError, closeAllConnections, closeConnectionsOf, connection, withChannel, withConfirmChannel, withLease } from '@/lib/rabbitmq/amqp';
import { BrokerError } from '@/lib/rabbitmq/errors';
import { brokerFailure } from '../support/failure';

const AMQP_URL = testBroker.amqpUrl;
// amqpUrls() reads this at call time.
process.env.RABBITMQ_AMQP_URL = AMQP_URL;

const admin = { username: TEST_USERS.admin.username, password: TEST_USERS.admin.password };
const teamA = { username: TEST_USERS.management.username, password: TEST_USERS.management.password };
const unique = uniqueName;
const vhost = unique('warren-it amqp/水');
let dropVhost: () => Promise<void>;

beforeAll(async () => {
  dropVhost = await createVhost(vhost);
});
afterAll(async () => {
  await closeAllConnections();
  await dropVhost();
});

describe('the AMQP pool', () => {
  it('publishes with confirms: the messages land in the queue', async () => {
    const queue = unique('confirm 50%/水');
    await mgmt('PUT', `/queues/${enc(vhost)}/${enc(queue)}`, { durable: true });
    const count = 25;
    await withConfirmChannel(admin, vhost, async (channel) => {
      for (let i = 0; i < count; i++) channel.sendToQueue(queue, Buffer.from(`m${i}`), { persistent: true });
      await channel.waitForConfirms();
    });
    // AMQP's own count is immediate (the management API's lags by up to 5 s).
    const { messageCount } = await withChannel(admin, vhost, (channel) => channel.checkQueue(queue));
    expect(messageCount).toBe(count);
    // And the first message is the first published, intact.
    const first = await withChannel(admin, vhost, async (channel) => {
      const message = await channel.get(queue, { noAck: false });
      if (message) channel.nack(message, false, true);
      return message ? message.content.toString() : null;
    });
    expect(first).toBe('m0');
  });

  it('reuses one connection per (user, vhost) and opens another for another user or vhost', async () => {
    const a = await connection(admin, vhost);
    const b = await connection(admin, vhost);
    expect(b).toBe(a);
    const other = await connection(admin, '/');
    expect(other).not.toBe(a);
    const team = await connection(teamA, 'team-a');
    expect(team).not.toBe(a);
  });

  it('a logout of the same user closes idle connections at once and those in use only after their work', async () => {
    const queue = unique('logout mid-work');
    await mgmt('PUT', `/queues/${enc(vhost)}/${enc(queue)}`, { durable: false });
    const busy = await connection(admin, vhost);
    const idle = await connection(admin, '/');
    const busyClosed = new Promise<void>((resolve) => busy.once('close', () => resolve()));
    const idleClosed = new Promise<void>((resolve) => idle.once('close', () => resolve()));
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => {};
    const working = new Promise<void>((resolve) => (started = resolve));
    // Another tab of the same user: a request mid-way and a long move on the same connection.
    const request = withChannel(admin, vhost, async (channel) => {
      started();
      await held;
      return (await channel.checkQueue(queue)).queue;
    });
    const lease = withLease(admin, vhost, async (model) => {
      await held;
      const channel = await model.createChannel();
      await channel.close();
      return 'moved';
    });
    await working;
    expect(await closeConnectionsOf(admin)).toBe(2);
    await idleClosed;
    // The pool opens a fresh connection for new work meanwhile.
    expect(await connection(admin, vhost)).not.toBe(busy);
    release();
    expect(await request).toBe(queue);
    expect(await lease).toBe('moved');
    await busyClosed;
  });

  it('a logout while the connection is still opening waits for the work that asked for it', async () => {
    await closeAllConnections();
    const queue = unique('logout while opening');
    await mgmt('PUT', `/queues/${enc(vhost)}/${enc(queue)}`, { durable: false });
    // Same tick: the request has asked for the connection, which is not open yet.
    const request = withChannel(admin, vhost, async (channel) => (await channel.checkQueue(queue)).queue);
    const loggedOut = closeConnectionsOf(admin);
    expect(await request).toBe(queue);
    expect(await loggedOut).toBe(1);
  });

  it('a missing queue is NOT_FOUND and the pooled connection survives the channel error', async () => {
    const before = await connection(admin, vhost);
    const error = await brokerFailure(withChannel(admin, vhost, (channel) => channel.checkQueue(unique('missing'))));
    expect([error.code, error.status]).toEqual(['NOT_FOUND', 404]);
    expect(error.message).toMatch(/NOT_FOUND - no queue/);
    // Same connection, still usable.
    expect(await connection(admin, vhost)).toBe(before);
    const queue = unique('after-error');
    const declared = await withChannel(admin, vhost, (channel) => channel.assertQueue(queue, { durable: false, autoDelete: true }));
    expect(declared.queue).toBe(queue);
    expect(await connection(admin, vhost)).toBe(before);
  });

  it('publishing to a missing exchange on a confirm channel is NOT_FOUND, the connection survives', async () => {
    const before = await connection(admin, vhost);
    const error = await brokerFailure(
      withConfirmChannel(admin, vhost, async (channel) => {
        channel.publish(unique('no-such-exchange'), 'key', Buffer.from('x'));
        await channel.waitForConfirms();
      }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(await connection(admin, vhost)).toBe(before);
  });

  it('redeclaring a queue with other properties is 406 PRECONDITION_FAILED', async () => {
    const queue = unique('redeclare');
    await withChannel(admin, vhost, (channel) => channel.assertQueue(queue, { durable: true }));
    const error = await brokerFailure(withChannel(admin, vhost, (channel) => channel.assertQueue(queue, { durable: false })));
    expect([error.code, error.status]).toEqual(['PRECONDITION_FAILED', 406]);
    expect(error.message).toMatch(/inequivalent arg 'durable'/);
  });

  it('an exclusive queue of another connection is RESOURCE_LOCKED, answered 409 (not HTTP 405, which is about methods)', async () => {
    // The owner is a connection outside the pool (another client of the broker).
    const owner = await amqpConnection(vhost);
    try {
      const channel = await owner.createChannel();
      const queue = unique('exclusive');
      await channel.assertQueue(queue, { exclusive: true });
      const error = await brokerFailure(withChannel(admin, vhost, (pooled) => pooled.consume(queue, () => undefined)));
      expect([error.code, error.status]).toEqual(['RESOURCE_LOCKED', 409]);
      expect(error.message).toMatch(/RESOURCE_LOCKED/);
    } finally {
      await owner.close();
    }
  });

  it('a vhost the user has no permissions on is ACCESS_REFUSED; so is a wrong password', async () => {
    const denied = await brokerFailure(connection(teamA, 'team-b'));
    expect([denied.code, denied.status]).toEqual(['ACCESS_REFUSED', 403]);
    const wrong = await brokerFailure(connection({ ...admin, password: 'wrong' }, vhost));
    expect(wrong.code).toBe('ACCESS_REFUSED');
    expect(wrong.message).toMatch(/Login was refused/);
  });

  it('a port where nothing listens is BROKER_UNREACHABLE', async () => {
    const saved = process.env.RABBITMQ_AMQP_URL;
    process.env.RABBITMQ_AMQP_URL = 'amqp://127.0.0.1:1';
    try {
      const error = await brokerFailure(connection(admin, unique('nowhere')));
      expect([error.code, error.status]).toEqual(['BROKER_UNREACHABLE', 503]);
      // A plain sentence: no host or port of Warren's network (those go to the server log).
      expect(error.message).toBe('The AMQP listener cannot be reached');
    } finally {
      process.env.RABBITMQ_AMQP_URL = saved;
    }
  });

  it('fails over to the next AMQP URL when the first cannot be reached', async () => {
    const saved = process.env.RABBITMQ_AMQP_URL;
    process.env.RABBITMQ_AMQP_URL = `amqp://127.0.0.1:1,${AMQP_URL}`;
    try {
      await closeAllConnections();
      const model = await connection(admin, vhost);
      const channel = await model.createChannel();
      await channel.close();
    } finally {
      process.env.RABBITMQ_AMQP_URL = saved;
    }
  });
});

describe('amqpError', () => {
  it('maps amqplib close codes and socket errors', () => {
    expect(amqpError(Object.assign(new Error('x'), { code: 404 })).code).toBe('NOT_FOUND');
    expect(amqpError(Object.assign(new Error('x'), { code: 403 })).code).toBe('ACCESS_REFUSED');
    expect(amqpError(Object.assign(new Error('x'), { code: 405 })).code).toBe('RESOURCE_LOCKED');
    expect(amqpError(Object.assign(new Error('x'), { code: 406 })).code).toBe('PRECONDITION_FAILED');
    expect(amqpError(Object.assign(new Error('x'), { code: 'ECONNRESET' }), 'h:1').message).toBe('The AMQP listener cannot be reached');
    expect(amqpError(Object.assign(new Error('x'), { code: 'ETIMEDOUT' })).code).toBe('BROKER_TIMEOUT');
    // The broker's own sentence, without amqplib's wrapper.
    const closed = Object.assign(new Error('Channel closed by server: 404 (NOT-FOUND) with message "NOT_FOUND - no exchange \'x\' in vhost \'/\'"'), { code: 404 });
    expect(amqpError(closed).message).toBe("NOT_FOUND - no exchange 'x' in vhost '/'");
    const same = new BrokerError('CONFLICT', 'kept');
    expect(amqpError(same)).toBe(same);
  });
});
