import { expect, test } from '@playwright/test';
import { encodeSegment } from '../../lib/api/segments';
import { amqpConnection, createVhost, enc, messageCount, mgmt, uniqueName } from '../support/broker';
import { authFile } from '../support/env';

// Regression (issue: names "." and ".." change the API path): purging queue "." in a vhost used
// to reach the broker as DELETE /api/queues/v/contents and delete the queue "contents" with its
// messages. A "." or ".." path segment is a step to another path for every URL parser, so Warren
// never sends one: it refuses, or does the same over AMQP, which names the queue in the frame.

const seg = encodeSegment;
const vhost = uniqueName('e2e-dots');
let dropVhost: () => Promise<void>;

/** Declares the queues over AMQP (the management API cannot declare "." or "..") with `count` messages each. */
async function declareWithMessages(names: string[], count: number) {
  const connection = await amqpConnection(vhost);
  try {
    const channel = await connection.createConfirmChannel();
    for (const name of names) {
      await channel.assertQueue(name, { durable: true });
      for (let i = 0; i < count; i++) channel.sendToQueue(name, Buffer.from(`${name} ${i}`), { persistent: true });
    }
    await channel.waitForConfirms();
  } finally {
    await connection.close();
  }
}

async function queueNames(): Promise<string[]> {
  const queues = await mgmt<Array<{ name: string }>>('GET', `/queues/${enc(vhost)}?columns=name`);
  return queues.map((q) => q.name).sort();
}

test.describe('queues and exchanges named "." and ".." (administrator)', () => {
  test.use({ storageState: authFile('admin') });

  test.beforeAll(async () => {
    dropVhost = await createVhost(vhost);
  });
  test.afterAll(async () => {
    await dropVhost();
  });

  test('purge, bind, unbind and delete "." and ".." over AMQP; "contents" stays untouched', async ({ request }) => {
    await declareWithMessages(['.', '..', 'contents'], 3);

    // Purge "." through its own route: "." is emptied, "contents" keeps its 3 messages.
    const purge = await request.delete(`/api/queues/${enc(vhost)}/${seg('.')}/contents`);
    expect(purge.status(), await purge.text()).toBe(204);
    expect(await messageCount(vhost, '.')).toBe(0);
    expect(await messageCount(vhost, 'contents')).toBe(3);

    // The queue's page data comes from the list, and says so.
    const detail = await request.get(`/api/queues/${enc(vhost)}/${seg('..')}`);
    expect(detail.status(), await detail.text()).toBe(200);
    expect(await detail.json()).toMatchObject({ name: '..', vhost, unaddressable: true });

    // Bind ".." to amq.direct, see the binding in its list, unbind it.
    const bind = await request.post(`/api/bindings/${enc(vhost)}/e/amq.direct/q/${seg('..')}`, { data: { routing_key: 'dots' } });
    expect(bind.status(), await bind.text()).toBe(201);
    const bindings = await request.get(`/api/bindings/${enc(vhost)}/queue/${seg('..')}`);
    expect(bindings.status()).toBe(200);
    const list = (await bindings.json()) as Array<{ source: string; routing_key: string; properties_key: string }>;
    expect(list.map((b) => [b.source, b.routing_key]).sort()).toEqual([['', '..'], ['amq.direct', 'dots']]);
    const props = list.find((b) => b.source === 'amq.direct')!.properties_key;
    const unbind = await request.delete(`/api/bindings/${enc(vhost)}/e/amq.direct/q/${seg('..')}/${seg(props)}`);
    expect(unbind.status(), await unbind.text()).toBe(204);
    const after = await mgmt<Array<{ source: string }>>('GET', `/bindings/${enc(vhost)}`);
    expect(after.filter((b) => b.source === 'amq.direct')).toEqual([]);

    // Delete ".." (if-empty is honoured: it still has 3 messages), then for real.
    const refused = await request.delete(`/api/queues/${enc(vhost)}/${seg('..')}?if_empty=true`);
    expect(refused.status()).toBe(406);
    expect(await queueNames()).toEqual(['.', '..', 'contents']);
    const remove = await request.delete(`/api/queues/${enc(vhost)}/${seg('..')}`);
    expect(remove.status(), await remove.text()).toBe(204);
    expect(await queueNames()).toEqual(['.', 'contents']);
    // Deleting it again: not found, as for any queue.
    expect((await request.delete(`/api/queues/${enc(vhost)}/${seg('..')}`)).status()).toBe(404);

    // The bulk action takes the same path; "contents" still has every message.
    const bulk = await request.post('/api/queues/actions', { data: { action: 'delete', queues: [{ vhost, name: '.' }] } });
    expect(bulk.status()).toBe(200);
    expect((await bulk.json()).results).toEqual([{ vhost, name: '.', ok: true }]);
    expect(await queueNames()).toEqual(['contents']);
    expect(await messageCount(vhost, 'contents')).toBe(3);
  });

  test('a queue or exchange named "." cannot be declared, with a specific message', async ({ request }) => {
    const queue = await request.put(`/api/queues/${enc(vhost)}/${seg('.')}`, { data: { type: 'classic' } });
    expect(queue.status()).toBe(400);
    expect((await queue.json()).error).toMatchObject({ code: 'UNADDRESSABLE', message: expect.stringMatching(/names "\." and "\.\."/) });
    const exchange = await request.put(`/api/exchanges/${enc(vhost)}/${seg('..')}`, { data: { type: 'fanout' } });
    expect(exchange.status()).toBe(400);
    expect((await exchange.json()).error.code).toBe('UNADDRESSABLE');
    expect(await queueNames()).not.toContain('.');
  });

  test('an exchange named "." is shown from the list and deleted over AMQP', async ({ request }) => {
    const connection = await amqpConnection(vhost);
    try {
      const channel = await connection.createChannel();
      await channel.assertExchange('.', 'fanout', { durable: true });
      await channel.assertExchange('contents', 'fanout', { durable: true });
      await channel.assertQueue('dot-target', { durable: true });
      await channel.bindQueue('dot-target', '.', '');
    } finally {
      await connection.close();
    }
    const detail = await request.get(`/api/exchanges/${enc(vhost)}/${seg('.')}`);
    expect(detail.status(), await detail.text()).toBe(200);
    expect(await detail.json()).toMatchObject({ name: '.', type: 'fanout', unaddressable: true });
    // Bound outside Warren: its answer cache (2 s) may still hold the vhost's bindings from before.
    await expect
      .poll(async () => {
        const source = (await (await request.get(`/api/bindings/${enc(vhost)}/exchange/${seg('.')}/source`)).json()) as Array<{ destination: string }>;
        return source.map((b) => b.destination);
      })
      .toEqual(['dot-target']);
    const route = await request.get(`/api/exchanges/${enc(vhost)}/${seg('.')}/route-test?routing_key=x`);
    expect((await route.json()).queues.map((q: { queue: string }) => q.queue)).toEqual(['dot-target']);

    expect((await request.delete(`/api/exchanges/${enc(vhost)}/${seg('.')}`)).status()).toBe(204);
    const names = (await mgmt<Array<{ name: string }>>('GET', `/exchanges/${enc(vhost)}?columns=name`)).map((e) => e.name);
    expect(names).not.toContain('.');
    expect(names).toContain('contents');
  });
});
