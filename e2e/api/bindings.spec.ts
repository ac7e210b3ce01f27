import { expect, test, type APIResponse } from '@playwright/test';
import { enc, mgmt, uniqueName } from '../support/broker';
import { authFile } from '../support/env';

// Route-level specs for /api/bindings/** against the real broker.

interface Binding {
  source: string;
  destination: string;
  destination_type: 'queue' | 'exchange';
  routing_key: string;
  arguments: Record<string, unknown>;
  properties_key: string;
}

async function errorOf(response: APIResponse) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

test.describe('bindings API as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('binds a queue, lists it from both ends, unbinds by properties_key; the default binding stays', async ({ request }) => {
    const exchange = `${uniqueName('e2e-bx')} /%#? "<b>" 绑定`;
    const queue = `${uniqueName('e2e-bq')} /%#? 队列`;
    const key = 'a.#/%?"<i>".订单';
    try {
      await mgmt('PUT', `/exchanges/%2F/${enc(exchange)}`, { type: 'topic', durable: false });
      await mgmt('PUT', `/queues/%2F/${enc(queue)}`, { durable: false });

      const created = await request.post(`/api/bindings/${enc('/')}/e/${enc(exchange)}/q/${enc(queue)}`, {
        data: { routing_key: key, arguments: { n: 1, flag: true, s: 'v' } },
      });
      expect(created.status()).toBe(201);

      const ofQueue: Binding[] = await (await request.get(`/api/bindings/${enc('/')}/queue/${enc(queue)}`)).json();
      expect(ofQueue.map((b) => b.source)).toEqual(['', exchange]);
      const binding = ofQueue.find((b) => b.source === exchange)!;
      expect(binding).toMatchObject({ routing_key: key, arguments: { n: 1, flag: true, s: 'v' }, destination_type: 'queue' });

      const fromExchange: Binding[] = await (await request.get(`/api/bindings/${enc('/')}/exchange/${enc(exchange)}/source`)).json();
      expect(fromExchange).toHaveLength(1);
      expect(fromExchange[0]).toMatchObject({ destination: queue, routing_key: key });

      const unbound = await request.delete(
        `/api/bindings/${enc('/')}/e/${enc(exchange)}/q/${enc(queue)}/${enc(binding.properties_key)}`,
      );
      expect(unbound.status()).toBe(204);
      const after: Binding[] = await mgmt('GET', `/queues/%2F/${enc(queue)}/bindings`);
      expect(after.map((b) => b.source)).toEqual(['']);

      const defaultUnbind = await request.delete(`/api/bindings/${enc('/')}/e/amq.default/q/${enc(queue)}/${enc(queue)}`);
      expect(defaultUnbind.status()).toBe(403);
      expect((await errorOf(defaultUnbind)).message).toMatch(/default exchange/);
      const defaultBind = await request.post(`/api/bindings/${enc('/')}/e/amq.default/q/${enc(queue)}`, { data: { routing_key: 'x' } });
      expect(defaultBind.status()).toBe(403);
    } finally {
      await mgmt('DELETE', `/exchanges/%2F/${enc(exchange)}`).catch(() => undefined);
      await mgmt('DELETE', `/queues/%2F/${enc(queue)}`).catch(() => undefined);
    }
  });

  test('binds an exchange to an exchange; the destination lists it as incoming; unbind removes it', async ({ request }) => {
    const source = uniqueName('e2e-bsrc');
    const destination = uniqueName('e2e-bdst');
    try {
      await mgmt('PUT', `/exchanges/%2F/${enc(source)}`, { type: 'direct', durable: false });
      await mgmt('PUT', `/exchanges/%2F/${enc(destination)}`, { type: 'fanout', durable: false });
      const created = await request.post(`/api/bindings/${enc('/')}/e/${enc(source)}/e/${enc(destination)}`, { data: { routing_key: '' } });
      expect(created.status()).toBe(201);

      const incoming: Binding[] = await (await request.get(`/api/bindings/${enc('/')}/exchange/${enc(destination)}/destination`)).json();
      expect(incoming).toHaveLength(1);
      expect(incoming[0]).toMatchObject({ source, destination, destination_type: 'exchange', routing_key: '', properties_key: '~' });

      const unbound = await request.delete(`/api/bindings/${enc('/')}/e/${enc(source)}/e/${enc(destination)}/${enc('~')}`);
      expect(unbound.status()).toBe(204);
      expect(await mgmt<Binding[]>('GET', `/exchanges/%2F/${enc(source)}/bindings/source`)).toEqual([]);
    } finally {
      await mgmt('DELETE', `/exchanges/%2F/${enc(source)}`).catch(() => undefined);
      await mgmt('DELETE', `/exchanges/%2F/${enc(destination)}`).catch(() => undefined);
    }
  });

  test('refuses an invalid x-match; binding to a missing queue is 404', async ({ request }) => {
    const exchange = uniqueName('e2e-bhdr');
    try {
      await mgmt('PUT', `/exchanges/%2F/${enc(exchange)}`, { type: 'headers', durable: false });
      const bad = await request.post(`/api/bindings/${enc('/')}/e/${enc(exchange)}/q/${enc('whatever')}`, {
        data: { arguments: { 'x-match': 'some' } },
      });
      expect(bad.status()).toBe(400);
      expect((await errorOf(bad)).message).toMatch(/all, any, all-with-x or any-with-x/);

      const missingQueue = await request.post(`/api/bindings/${enc('/')}/e/${enc(exchange)}/q/${enc(uniqueName('nope'))}`, {
        data: { arguments: { 'x-match': 'any', a: '1' } },
      });
      expect(missingQueue.status()).toBe(404);
      // The broker lists no bindings (200, []) for an exchange that does not exist.
      const missingExchange = await request.get(`/api/bindings/${enc('/')}/exchange/${enc(uniqueName('nope'))}/source`);
      expect(await missingExchange.json()).toEqual([]);
    } finally {
      await mgmt('DELETE', `/exchanges/%2F/${enc(exchange)}`).catch(() => undefined);
    }
  });
});

test.describe('bindings API as a management user limited to team-a', () => {
  test.use({ storageState: authFile('management') });

  test('bindings in another vhost are refused (403), in team-a they work', async ({ request }) => {
    const other = await request.get(`/api/bindings/${enc('/')}/exchange/amq.direct/source`);
    expect(other.status()).toBe(403);
    const own = await request.get(`/api/bindings/${enc('team-a')}/exchange/amq.direct/source`);
    expect(own.status()).toBe(200);
  });
});
