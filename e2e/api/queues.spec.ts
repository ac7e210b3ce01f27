import amqp from 'amqplib';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { deleteQueue, enc, messageCount, mgmt, publishMessages, uniqueName } from '../support/broker';
import { authFile, testBroker, TEST_USERS } from '../support/env';
import { decodeQueuePage, type QueueWirePage } from '../../lib/api/queue-wire';

// Route-level specs for /api/queues/** against the real broker. Message counts are read over
// AMQP (queue.declare passive), which is exact at once; the management stats lag by up to 5 s.

async function errorOf(response: Awaited<ReturnType<APIRequestContext['get']>>) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

/** GET /api/queues, decoded from its compact rows into queue objects. */
async function listQueues(request: APIRequestContext, query: string) {
  const response = await request.get(`/api/queues?${query}`);
  expect(response.status(), await response.text()).toBe(200);
  return decodeQueuePage((await response.json()) as QueueWirePage);
}

const put = (request: APIRequestContext, vhost: string, name: string, body: Record<string, unknown> = {}) =>
  request.put(`/api/queues/${enc(vhost)}/${enc(name)}`, { data: body });

test.describe('queues API as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('lists one page with paging, sort, filter and regex pushed to the broker, and only the needed columns', async ({ request }) => {
    const prefix = uniqueName('e2e-qlist');
    const names = ['a', 'b', 'c'].map((suffix) => `${prefix}-${suffix}`);
    try {
      await publishMessages('/', names[0]!, 1);
      await publishMessages('/', names[1]!, 3);
      await publishMessages('/', names[2]!, 2);
      // Sorted by message count: the broker sorts on the queues' own counters, current at once.
      await expect
        .poll(async () => {
          const page = await listQueues(request, `vhost=${enc('/')}&name=${enc(prefix)}&sort=messages&sort_reverse=true`);
          return page.items.map((q) => [q.name, q.messages]);
        }, { timeout: 15_000 })
        .toEqual([[names[1], 3], [names[2], 2], [names[0], 1]]);

      // Other lists carry the counts of the broker's statistics, which follow within 5 s.
      await expect
        .poll(async () => (await listQueues(request, `vhost=${enc('/')}&name=${enc(prefix)}&page_size=2&sort=name`)).items[0]?.messages, { timeout: 15_000 })
        .toBe(1);
      const page = await listQueues(request, `vhost=${enc('/')}&name=${enc(prefix)}&page_size=2&sort=name`);
      expect(page).toMatchObject({ page: 1, page_size: 2, page_count: 2, filtered_count: 3 });
      expect(page.total_count).toBeGreaterThanOrEqual(3);
      expect(page.items.map((q) => q.name)).toEqual([names[0], names[1]]);
      expect(page.items[0]).toMatchObject({ vhost: '/', type: 'classic', durable: true, auto_delete: false, messages: 1, messages_ready: 1 });

      const second = await listQueues(request, `vhost=${enc('/')}&name=${enc(prefix)}&page_size=2&page=2&sort=name`);
      expect(second.items.map((q) => q.name)).toEqual([names[2]]);

      // A page past the end (e.g. after deletes) falls back to the last page.
      const beyond = await listQueues(request, `vhost=${enc('/')}&name=${enc(prefix)}&page_size=2&page=9`);
      expect(beyond.page).toBe(2);

      const regex = await listQueues(request, `name=${enc(`^${prefix}-(a|c)$`)}&use_regex=true`);
      expect(regex.items.map((q) => q.name).sort()).toEqual([names[0], names[2]]);

      // What the browser receives for a page is at most a fifth of the official UI's request for it.
      const ours = (await (await request.get(`/api/queues?vhost=${enc('/')}&name=${enc(prefix)}`)).body()).length;
      const official = JSON.stringify(await mgmt('GET', `/queues/%2F?page=1&page_size=100&name=${enc(prefix)}&use_regex=false&pagination=true`)).length;
      expect(ours / official).toBeLessThan(0.2);
    } finally {
      await Promise.all(names.map((name) => deleteQueue('/', name)));
    }
  });

  test('refuses an invalid regex and a page size over 500 with clear messages', async ({ request }) => {
    const regex = await request.get(`/api/queues?name=${enc('orders(')}&use_regex=true`);
    expect(regex.status()).toBe(400);
    expect((await errorOf(regex)).message).toMatch(/Invalid regular expression/);

    const big = await request.get('/api/queues?page_size=501');
    expect(big.status()).toBe(400);
    expect((await errorOf(big)).message).toMatch(/at most 500/);

    // The same name as text (no regex) is a plain, valid filter.
    expect((await request.get(`/api/queues?name=${enc('orders(')}`)).status()).toBe(200);
  });

  test('declares classic, quorum and stream queues; redeclaring differently answers 406, identically 409', async ({ request }) => {
    const classic = uniqueName('e2e-qcreate-classic');
    const quorum = uniqueName('e2e-qcreate-quorum');
    const stream = uniqueName('e2e-qcreate-stream');
    try {
      const created = await put(request, '/', classic, { type: 'classic', durable: false, auto_delete: true, arguments: { 'x-message-ttl': 1000 } });
      expect(created.status(), await created.text()).toBe(201);
      expect(await mgmt('GET', `/queues/%2F/${enc(classic)}`)).toMatchObject({
        type: 'classic',
        durable: false,
        auto_delete: true,
        arguments: { 'x-message-ttl': 1000 },
      });

      expect((await put(request, '/', quorum, { type: 'quorum', arguments: { 'x-delivery-limit': 5 } })).status()).toBe(201);
      expect(await mgmt('GET', `/queues/%2F/${enc(quorum)}`)).toMatchObject({ type: 'quorum', durable: true });
      expect((await put(request, '/', stream, { type: 'stream', arguments: { 'x-max-age': '1D' } })).status()).toBe(201);
      const detail = await request.get(`/api/queues/%2F/${enc(stream)}`);
      expect(await detail.json()).toMatchObject({ name: stream, vhost: '/', type: 'stream', durable: true });

      const other = await put(request, '/', classic, { type: 'classic', durable: false, auto_delete: true, arguments: { 'x-message-ttl': 2000 } });
      expect(other.status()).toBe(406);
      expect(await errorOf(other)).toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringMatching(/inequivalent arg 'x-message-ttl'/) });

      const same = await put(request, '/', classic, { type: 'classic', durable: false, auto_delete: true, arguments: { 'x-message-ttl': 1000 } });
      expect(same.status()).toBe(409);
      expect((await errorOf(same)).message).toMatch(/already exists/);

      // Quorum queues and streams are always durable: refused before the broker.
      const transient = await put(request, '/', uniqueName('e2e-qcreate-bad'), { type: 'quorum', durable: false });
      expect(transient.status()).toBe(400);
      expect((await errorOf(transient)).message).toMatch(/always durable/);
    } finally {
      await Promise.all([classic, quorum, stream].map((name) => deleteQueue('/', name)));
    }
  });

  test('refuses amq. names with 403 (without logging out) and names over 255 UTF-8 bytes with 400', async ({ request }) => {
    const reserved = await put(request, '/', `amq.${uniqueName('e2e')}`);
    expect(reserved.status()).toBe(403);
    expect(await errorOf(reserved)).toMatchObject({ code: 'ACCESS_REFUSED', message: expect.stringMatching(/reserved/) });
    expect((await request.get('/api/auth/session')).status()).toBe(200);

    // 86 Chinese characters: 258 bytes, although only 86 characters.
    const long = await put(request, '/', '水'.repeat(86));
    expect(long.status()).toBe(400);
    expect(await errorOf(long)).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/255 bytes.*258 bytes/) });
  });

  test('delete honours if-empty and if-unused with clear messages', async ({ request }) => {
    const name = uniqueName('e2e-qdelete');
    const url = new URL(testBroker.amqpUrl);
    const admin = TEST_USERS.admin;
    const connection = await amqp.connect({ hostname: url.hostname, port: Number(url.port), username: admin.username, password: admin.password });
    try {
      await publishMessages('/', name, 2);
      const notEmpty = await request.delete(`/api/queues/%2F/${enc(name)}?if_empty=true`);
      expect(notEmpty.status()).toBe(406);
      expect((await errorOf(notEmpty)).message).toMatch(/is not empty, so it was not deleted/);
      expect(await messageCount('/', name)).toBe(2);

      const channel = await connection.createChannel();
      await channel.consume(name, () => undefined, { noAck: false });
      const inUse = await request.delete(`/api/queues/%2F/${enc(name)}?if_unused=true`);
      expect(inUse.status()).toBe(406);
      expect((await errorOf(inUse)).message).toMatch(/has consumers/);

      expect((await request.delete(`/api/queues/%2F/${enc(name)}`)).status()).toBe(204);
      const gone = await request.get(`/api/queues/%2F/${enc(name)}`);
      expect(gone.status()).toBe(404);
      expect((await errorOf(gone)).message).toBe(`Queue "${name}" not found in virtual host "/"`);
    } finally {
      await connection.close().catch(() => undefined);
      await deleteQueue('/', name);
    }
  });

  test('purge drops the ready messages', async ({ request }) => {
    const name = uniqueName('e2e-qpurge');
    try {
      await publishMessages('/', name, 3);
      expect(await messageCount('/', name)).toBe(3);
      expect((await request.delete(`/api/queues/%2F/${enc(name)}/contents`)).status()).toBe(204);
      expect(await messageCount('/', name)).toBe(0);
      expect((await request.delete(`/api/queues/%2F/${enc(uniqueName('e2e-missing'))}/contents`)).status()).toBe(404);
    } finally {
      await deleteQueue('/', name);
    }
  });

  test('bulk purge and delete report each queue, failures with the reason', async ({ request }) => {
    const classics = [uniqueName('e2e-qbulk'), uniqueName('e2e-qbulk')];
    const stream = uniqueName('e2e-qbulk-stream');
    try {
      for (const name of classics) await publishMessages('/', name, 2);
      await mgmt('PUT', `/queues/%2F/${enc(stream)}`, { durable: true, arguments: { 'x-queue-type': 'stream' } });
      const queues = [...classics, stream].map((name) => ({ vhost: '/', name }));

      const purge = await request.post('/api/queues/actions', { data: { action: 'purge', queues } });
      expect(purge.status()).toBe(200);
      const purged = await purge.json();
      expect(purged.results).toEqual([
        { vhost: '/', name: classics[0], ok: true },
        { vhost: '/', name: classics[1], ok: true },
        { vhost: '/', name: stream, ok: false, code: 'BAD_REQUEST', message: expect.stringMatching(/not supported by stream queues/) },
      ]);
      expect(await messageCount('/', classics[0]!)).toBe(0);

      const remove = await request.post('/api/queues/actions', { data: { action: 'delete', queues } });
      expect((await remove.json()).results.every((r: { ok: boolean }) => r.ok)).toBe(true);
      for (const name of [...classics, stream]) expect((await request.get(`/api/queues/%2F/${enc(name)}`)).status()).toBe(404);

      const tooMany = await request.post('/api/queues/actions', {
        data: { action: 'delete', queues: Array.from({ length: 501 }, (_, i) => ({ vhost: '/', name: `q${i}` })) },
      });
      expect(tooMany.status()).toBe(400);
      expect((await errorOf(tooMany)).message).toMatch(/At most 500/);
    } finally {
      await Promise.all([...classics, stream].map((name) => deleteQueue('/', name)));
    }
  });

  test('awkward names work in every route, in vhost "/"', async ({ request }) => {
    const id = uniqueName('');
    const names = [`a/b${id}`, `100%${id}`, `q#1?x=y${id}`, `with space "quoted"${id}`, `<script>alert(1)</script>${id}`, `水续传${id}`];
    try {
      for (const name of names) {
        expect((await put(request, '/', name)).status(), name).toBe(201);
        const detail = await request.get(`/api/queues/%2F/${enc(name)}`);
        expect(detail.status(), name).toBe(200);
        expect((await detail.json()).name).toBe(name);
        expect((await request.delete(`/api/queues/%2F/${enc(name)}/contents`)).status(), name).toBe(204);
      }
      const listed = await listQueues(request, `vhost=${enc('/')}&name=${enc(id)}`);
      expect(listed.items.map((q) => q.name).sort()).toEqual([...names].sort());
      for (const name of names) expect((await request.delete(`/api/queues/%2F/${enc(name)}`)).status(), name).toBe(204);
    } finally {
      await Promise.all(names.map((name) => deleteQueue('/', name)));
    }
  });
});

test.describe('queues API as a management user limited to team-a', () => {
  test.use({ storageState: authFile('management') });

  test('sees only team-a queues and is refused "/" without being logged out', async ({ request }) => {
    const mine = uniqueName('e2e-qteam');
    const theirs = uniqueName('e2e-qroot');
    try {
      await mgmt('PUT', `/queues/team-a/${enc(mine)}`, { durable: true });
      await mgmt('PUT', `/queues/%2F/${enc(theirs)}`, { durable: true });

      const all = await listQueues(request, `name=${enc('e2e-q(team|root)')}&use_regex=true&page_size=500`);
      const names = all.items.map((q) => q.name);
      expect(names).toContain(mine);
      expect(names).not.toContain(theirs);
      expect(all.items.every((q) => q.vhost === 'team-a')).toBe(true);

      const root = await request.get(`/api/queues?vhost=${enc('/')}`);
      expect(root.status()).toBe(403);
      expect((await errorOf(root)).code).toBe('ACCESS_REFUSED');
      expect((await request.get(`/api/queues/%2F/${enc(theirs)}`)).status()).toBe(403);
      expect((await request.delete(`/api/queues/%2F/${enc(theirs)}/contents`)).status()).toBe(403);
      // Regression: the broker answers these with 401, which used to end the session.
      expect((await request.get('/api/auth/session')).status()).toBe(200);
      expect(await mgmt('GET', `/queues/%2F/${enc(theirs)}?columns=name`)).toEqual({ name: theirs });
    } finally {
      await deleteQueue('team-a', mine);
      await deleteQueue('/', theirs);
    }
  });
});
