import http from 'node:http';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { amqpConnection, enc, mgmt, uniqueName } from '../support/broker';
import { authFile } from '../support/env';

// The live tail's Server-Sent Events, read with a plain HTTP client: messages published meanwhile
// arrive, and a client that just goes away (its socket destroyed, no goodbye) leaves no queue.

const cookieHeader = (role: 'admin' | 'management') =>
  (JSON.parse(fs.readFileSync(authFile(role), 'utf8')) as { cookies: Array<{ name: string; value: string }> }).cookies.map((c) => `${c.name}=${c.value}`).join('; ');

interface Sse {
  events: Array<{ event: string; data: unknown }>;
  status: number;
  destroy: () => void;
}

function openSse(baseURL: string, path: string, role: 'admin' | 'management' = 'admin'): Promise<Sse> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseURL}${path}`, { headers: { cookie: cookieHeader(role), accept: 'text/event-stream' } }, (response) => {
      const sse: Sse = { events: [], status: response.statusCode ?? 0, destroy: () => request.destroy() };
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) sse.events.push({ event, data: JSON.parse(data) });
        }
      });
      response.on('error', () => undefined);
      resolve(sse);
    });
    request.on('error', (error) => (request.destroyed ? undefined : reject(error)));
  });
}

const tailQueues = async () => (await mgmt<Array<{ name: string }>>('GET', '/queues/%2F?columns=name')).filter((q) => q.name.startsWith('warren.tail.'));

test.describe('live tail over Server-Sent Events', () => {
  test('streams what is published meanwhile; a client that goes away leaves no queue behind', async ({ baseURL }) => {
    const exchange = uniqueName('e2e-tail');
    await mgmt('PUT', `/exchanges/%2F/${enc(exchange)}`, { type: 'topic', durable: false });
    const before = (await tailQueues()).length;
    const sse = await openSse(baseURL!, `/api/exchanges/%2F/${enc(exchange)}/tail?routing_key=${enc('orders.#')}`);
    try {
      expect(sse.status).toBe(200);
      await expect.poll(() => sse.events.find((e) => e.event === 'start')).toBeTruthy();
      const { queue } = sse.events.find((e) => e.event === 'start')!.data as { queue: string };
      expect(queue).toMatch(/^warren\.tail\.warren-admin\./);
      const connection = await amqpConnection('/');
      try {
        const channel = await connection.createConfirmChannel();
        channel.publish(exchange, 'orders.eu.created', Buffer.from('水 order'));
        channel.publish(exchange, 'invoices.created', Buffer.from('not this one'));
        await channel.waitForConfirms();
      } finally {
        await connection.close();
      }
      await expect.poll(() => sse.events.filter((e) => e.event === 'message').map((e) => (e.data as { payload: string }).payload)).toEqual(['水 order']);
      await expect.poll(() => sse.events.some((e) => e.event === 'stats' && (e.data as { received: number }).received === 1)).toBe(true);
      // The browser just goes away.
      sse.destroy();
      await expect.poll(async () => (await tailQueues()).length, { timeout: 15_000 }).toBe(before);
    } finally {
      sse.destroy();
      await mgmt('DELETE', `/exchanges/%2F/${enc(exchange)}`).catch(() => undefined);
    }
  });

  test('refused before streaming: a missing exchange, the default exchange, another vhost, the firehose for non-administrators', async ({ baseURL }) => {
    const missing = await openSse(baseURL!, `/api/exchanges/%2F/${enc(uniqueName('none'))}/tail`);
    expect(missing.status).toBe(404);
    missing.destroy();
    const defaultExchange = await openSse(baseURL!, `/api/exchanges/%2F/amq.default/tail`);
    expect(defaultExchange.status).toBe(400);
    defaultExchange.destroy();
    const elsewhere = await openSse(baseURL!, `/api/exchanges/%2F/amq.topic/tail`, 'management');
    expect(elsewhere.status).toBe(403);
    elsewhere.destroy();
    const firehose = await openSse(baseURL!, `/api/queues/team-a/anything/firehose`, 'management');
    expect(firehose.status).toBe(403);
    firehose.destroy();
  });
});
