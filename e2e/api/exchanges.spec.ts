import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { enc, mgmt, uniqueName } from '../support/broker';
import { authFile } from '../support/env';

// Route-level specs for /api/exchanges/** (list, declare, detail, delete, route test) against the real broker.

interface BrokerExchange {
  name: string;
  type: string;
  durable: boolean;
  auto_delete: boolean;
  internal: boolean;
  arguments: Record<string, unknown>;
}

async function errorOf(response: APIResponse) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

const declare = (request: APIRequestContext, vhost: string, name: string, body: Record<string, unknown>) =>
  request.put(`/api/exchanges/${enc(vhost)}/${enc(name)}`, { data: body });

async function deleteExchange(vhost: string, name: string) {
  await mgmt('DELETE', `/exchanges/${enc(vhost)}/${enc(name)}`).catch(() => undefined);
}
async function deleteQueue(vhost: string, name: string) {
  await mgmt('DELETE', `/queues/${enc(vhost)}/${enc(name)}`).catch(() => undefined);
}

test.describe('exchanges API as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('lists one page with paging, sort, filter and regex pushed to the broker, and only the needed columns', async ({ request }) => {
    const prefix = uniqueName('e2e-xlist');
    const names = ['a', 'b', 'c'].map((s) => `${prefix}-${s}`);
    try {
      for (const [i, name] of names.entries()) {
        await mgmt('PUT', `/exchanges/%2F/${enc(name)}`, { type: ['topic', 'direct', 'fanout'][i], durable: false });
      }
      const response = await request.get(`/api/exchanges?vhost=${enc('/')}&name=${enc(prefix)}&page_size=2&sort=name&sort_reverse=true`);
      expect(response.status()).toBe(200);
      const page = await response.json();
      expect(page).toMatchObject({ page: 1, page_size: 2, page_count: 2, filtered_count: 3 });
      expect(page.total_count).toBeGreaterThanOrEqual(10);
      expect(page.items.map((x: BrokerExchange) => x.name)).toEqual([names[2], names[1]]);
      expect(page.items[0]).toMatchObject({ vhost: '/', type: 'fanout', durable: false, internal: false });
      // columns= keeps fields Warren does not show at the broker.
      expect(page.items[0]).not.toHaveProperty('user_who_performed_action');

      const byType = await (await request.get(`/api/exchanges?vhost=${enc('/')}&name=${enc(prefix)}&sort=type`)).json();
      expect(byType.items.map((x: BrokerExchange) => x.type)).toEqual(['direct', 'fanout', 'topic']);

      const regex = await (await request.get(`/api/exchanges?name=${enc(`^${prefix}-(a|c)$`)}&use_regex=true`)).json();
      expect(regex.items.map((x: BrokerExchange) => x.name).sort()).toEqual([names[0], names[2]]);

      // Without a vhost: every vhost's exchanges, including the default exchange of each.
      const all = await (await request.get(`/api/exchanges?name=${enc('^amq\\.direct$')}&use_regex=true`)).json();
      expect(all.items.map((x: { vhost: string }) => x.vhost)).toEqual(expect.arrayContaining(['/', 'team-a', 'team-b']));

      const beyond = await (await request.get(`/api/exchanges?vhost=${enc('/')}&name=${enc(prefix)}&page_size=2&page=9`)).json();
      expect(beyond.page).toBe(2);

      const badRegex = await request.get(`/api/exchanges?name=${enc('x(')}&use_regex=true`);
      expect(badRegex.status()).toBe(400);
      expect((await errorOf(badRegex)).message).toMatch(/Invalid regular expression/);
    } finally {
      await Promise.all(names.map((name) => deleteExchange('/', name)));
    }
  });

  test('declares an exchange; an identical one is reported as existing, a different one is a 406', async ({ request }) => {
    const name = uniqueName('e2e-xdecl');
    try {
      const body = { type: 'headers', durable: true, auto_delete: false, internal: true, arguments: { 'alternate-exchange': 'ae' } };
      const created = await declare(request, '/', name, body);
      expect(created.status()).toBe(201);
      expect(await created.json()).toEqual({ created: true });
      const broker = await mgmt<BrokerExchange>('GET', `/exchanges/%2F/${enc(name)}`);
      expect(broker).toMatchObject({ type: 'headers', durable: true, internal: true, arguments: { 'alternate-exchange': 'ae' } });

      const again = await declare(request, '/', name, body);
      expect(again.status()).toBe(200);
      expect(await again.json()).toEqual({ created: false, reason: 'exists' });

      const other = await declare(request, '/', name, { ...body, type: 'topic' });
      expect(other.status()).toBe(406);
      const error = await errorOf(other);
      expect(error.code).toBe('PRECONDITION_FAILED');
      expect(error.message).toContain('type is headers, not topic');
    } finally {
      await deleteExchange('/', name);
    }
  });

  test('refuses amq. names (403), names over 255 bytes and unknown types with clear messages', async ({ request }) => {
    const amq = await declare(request, '/', `amq.${uniqueName('x')}`, { type: 'direct' });
    expect(amq.status()).toBe(403);
    expect((await errorOf(amq)).message).toMatch(/reserved for the broker/);

    // 86 Chinese characters are 258 bytes.
    const long = await declare(request, '/', '交'.repeat(86), { type: 'direct' });
    expect(long.status()).toBe(400);
    expect((await errorOf(long)).message).toMatch(/255 bytes/);

    const name = uniqueName('e2e-xtype');
    const unknown = await declare(request, '/', name, { type: 'x-no-such-type' });
    expect(unknown.status()).toBeGreaterThanOrEqual(400);
    expect((await errorOf(unknown)).message.length).toBeGreaterThan(0);
    await deleteExchange('/', name);
  });

  test('reads one exchange; the default exchange is amq.default; a missing one is 404', async ({ request }) => {
    const topic = await (await request.get(`/api/exchanges/${enc('/')}/amq.topic`)).json();
    expect(topic).toMatchObject({ name: 'amq.topic', type: 'topic', durable: true });
    const def = await (await request.get(`/api/exchanges/${enc('/')}/amq.default`)).json();
    expect(def).toMatchObject({ name: '', type: 'direct' });
    const missing = await request.get(`/api/exchanges/${enc('/')}/${enc(uniqueName('nope'))}`);
    expect(missing.status()).toBe(404);
  });

  test('deletes an exchange, honouring if_unused; built-in exchanges are refused', async ({ request }) => {
    const name = uniqueName('e2e-xdel');
    const queue = uniqueName('e2e-xdel-q');
    try {
      await mgmt('PUT', `/exchanges/%2F/${enc(name)}`, { type: 'direct', durable: false });
      await mgmt('PUT', `/queues/%2F/${enc(queue)}`, { durable: false });
      await mgmt('POST', `/bindings/%2F/e/${enc(name)}/q/${enc(queue)}`, { routing_key: 'k' });

      const inUse = await request.delete(`/api/exchanges/${enc('/')}/${enc(name)}?if_unused=true`);
      expect(inUse.status()).toBe(406);
      expect((await errorOf(inUse)).message).toMatch(/in use/);
      await mgmt('GET', `/exchanges/%2F/${enc(name)}`);

      const deleted = await request.delete(`/api/exchanges/${enc('/')}/${enc(name)}`);
      expect(deleted.status()).toBe(204);
      await expect(mgmt('GET', `/exchanges/%2F/${enc(name)}`)).rejects.toThrow(/404/);

      const amq = await request.delete(`/api/exchanges/${enc('/')}/amq.direct`);
      expect(amq.status()).toBe(403);
      expect((await errorOf(amq)).message).toBe('amq.* exchanges are built in; RabbitMQ refuses to delete them');
      const def = await request.delete(`/api/exchanges/${enc('/')}/amq.default`);
      expect(def.status()).toBe(403);
      await mgmt('GET', '/exchanges/%2F/amq.direct');
    } finally {
      await deleteExchange('/', name);
      await deleteQueue('/', queue);
    }
  });

  test('route test: topic, exchange-to-exchange, headers, alternate exchange and unroutable', async ({ request }) => {
    const id = uniqueName('e2e-xroute');
    const x = { topic: `${id}/topic #1`, headers: `${id}-hdr`, ae: `${id}-ae` };
    const q = { eu: `${id}-eu`, all: `${id}-all`, pdf: `${id}-pdf`, lost: `${id}-lost` };
    try {
      await mgmt('PUT', `/exchanges/%2F/${enc(x.ae)}`, { type: 'fanout', durable: false });
      await mgmt('PUT', `/exchanges/%2F/${enc(x.topic)}`, { type: 'topic', durable: false, arguments: { 'alternate-exchange': x.ae } });
      await mgmt('PUT', `/exchanges/%2F/${enc(x.headers)}`, { type: 'headers', durable: false });
      for (const queue of Object.values(q)) await mgmt('PUT', `/queues/%2F/${enc(queue)}`, { durable: false });
      await mgmt('POST', `/bindings/%2F/e/${enc(x.topic)}/q/${enc(q.eu)}`, { routing_key: 'order.*.eu' });
      await mgmt('POST', `/bindings/%2F/e/${enc(x.topic)}/q/${enc(q.all)}`, { routing_key: 'order.#' });
      await mgmt('POST', `/bindings/%2F/e/${enc(x.topic)}/e/${enc(x.headers)}`, { routing_key: '#.invoice.#' });
      await mgmt('POST', `/bindings/%2F/e/${enc(x.headers)}/q/${enc(q.pdf)}`, { routing_key: '', arguments: { 'x-match': 'all', format: 'pdf' } });
      await mgmt('POST', `/bindings/%2F/e/${enc(x.ae)}/q/${enc(q.lost)}`, { routing_key: '' });
      const base = `/api/exchanges/${enc('/')}/${enc(x.topic)}/route-test`;

      const eu = await (await request.get(`${base}?routing_key=${enc('order.new.eu')}`)).json();
      expect(eu.queues.map((d: { queue: string }) => d.queue).sort()).toEqual([q.all, q.eu].sort());
      expect(eu.unroutable).toBe(false);
      const euPath = eu.queues.find((d: { queue: string }) => d.queue === q.eu).paths[0];
      expect(euPath[0]).toMatchObject({ kind: 'binding', exchange: x.topic, binding: { routing_key: 'order.*.eu' } });

      const invoice = await (
        await request.post(base, { data: { routing_key: 'order.invoice', headers: { format: 'pdf' } } })
      ).json();
      expect(invoice.queues.map((d: { queue: string }) => d.queue).sort()).toEqual([q.all, q.pdf].sort());
      const pdfPath = invoice.queues.find((d: { queue: string }) => d.queue === q.pdf).paths[0];
      expect(pdfPath.map((hop: { exchange: string }) => hop.exchange)).toEqual([x.topic, x.headers]);

      const lost = await (await request.get(`${base}?routing_key=${enc('nothing.matches')}`)).json();
      expect(lost.queues.map((d: { queue: string }) => d.queue)).toEqual([q.lost]);
      expect(lost.queues[0].paths[0][0]).toMatchObject({ kind: 'alternate', exchange: x.topic, alternate: x.ae, via: 'argument' });

      const hdr = `/api/exchanges/${enc('/')}/${enc(x.headers)}/route-test`;
      const zip = await (await request.get(`${hdr}?headers=${enc(JSON.stringify({ format: 'zip' }))}`)).json();
      expect(zip.unroutable).toBe(true);
      expect(zip.queues).toEqual([]);

      const badHeaders = await request.get(`${hdr}?headers=${enc('not json')}`);
      expect(badHeaders.status()).toBe(400);
      const missing = await request.get(`/api/exchanges/${enc('/')}/${enc(`${id}-missing`)}/route-test`);
      expect(missing.status()).toBe(404);

      // The default exchange routes to the queue named by the routing key.
      const def = await (await request.get(`/api/exchanges/${enc('/')}/amq.default/route-test?routing_key=${enc(q.eu)}`)).json();
      expect(def.queues.map((d: { queue: string }) => d.queue)).toEqual([q.eu]);
      const defNone = await (await request.get(`/api/exchanges/${enc('/')}/amq.default/route-test?routing_key=${enc(`${id}-none`)}`)).json();
      expect(defNone.unroutable).toBe(true);
    } finally {
      await Promise.all(Object.values(x).map((name) => deleteExchange('/', name)));
      await Promise.all(Object.values(q).map((name) => deleteQueue('/', name)));
    }
  });

  test('awkward exchange names round-trip in every route', async ({ request }) => {
    const name = `${uniqueName('e2e-x')} a/b%c#d?e "q" 'x' <script>alert(1)</script> 订单`;
    try {
      expect((await declare(request, '/', name, { type: 'fanout', durable: false })).status()).toBe(201);
      const one = await (await request.get(`/api/exchanges/${enc('/')}/${enc(name)}`)).json();
      expect(one.name).toBe(name);
      const list = await (await request.get(`/api/exchanges?vhost=${enc('/')}&name=${enc(name.slice(0, 20))}`)).json();
      expect(list.items.map((x: BrokerExchange) => x.name)).toContain(name);
      const test = await (await request.get(`/api/exchanges/${enc('/')}/${enc(name)}/route-test`)).json();
      expect(test).toMatchObject({ exchange: name, unroutable: true });
      expect((await request.delete(`/api/exchanges/${enc('/')}/${enc(name)}`)).status()).toBe(204);
    } finally {
      await deleteExchange('/', name);
    }
  });
});

test.describe('exchanges API as a management user limited to team-a', () => {
  test.use({ storageState: authFile('management') });

  test('lists only team-a exchanges; another vhost is refused without ending the session', async ({ request }) => {
    const page = await (await request.get('/api/exchanges?page_size=500')).json();
    expect(page.items.length).toBeGreaterThan(0);
    expect(new Set(page.items.map((x: { vhost: string }) => x.vhost))).toEqual(new Set(['team-a']));

    const other = await request.get(`/api/exchanges/${enc('/')}/amq.direct`);
    expect(other.status()).toBe(403);
    expect((await errorOf(other)).code).toBe('ACCESS_REFUSED');
    // Still logged in: the broker's 401 "not authorised" is not a failed login.
    expect((await request.get(`/api/exchanges/${enc('team-a')}/amq.direct`)).status()).toBe(200);
  });
});
