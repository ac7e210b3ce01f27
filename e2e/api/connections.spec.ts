import { expect, test, type APIRequestContext } from '@playwright/test';
import { enc, uniqueName } from '../support/broker';
import { openClient, sharedClient } from '../support/amqp-client';
import { authFile, testBroker, TEST_USERS } from '../support/env';

// Route-level specs for /api/connections and /api/channels against the real broker, with real
// amqplib clients: a connection with a client-provided name and a confirm channel with a
// prefetch and a consumer. The management API's stats lag (emitted every 5 s): tests poll.

async function getJson<T>(request: APIRequestContext, path: string): Promise<{ status: number; body: T }> {
  const response = await request.get(path);
  return { status: response.status(), body: (await response.json()) as T };
}

interface PageBody<T> {
  items: T[];
  page: number;
  page_count: number;
  filtered_count: number;
  total_count: number;
  paged_by_warren?: boolean;
}

test.describe('as an administrator', () => {
  test.use({ storageState: authFile('admin') });
  const client = sharedClient();

  test('GET /api/connections pages and filters at the broker, with the client-provided name', async ({ request }) => {
    // The broker's name filter is a substring of the connection name, which holds the client port.
    const filter = `:${client.port} ->`;
    const { status, body } = await getJson<PageBody<{ name: string; client_properties?: { connection_name?: string }; user: string }>>(
      request,
      `/api/connections?name=${enc(filter)}&page_size=1`,
    );
    expect(status).toBe(200);
    expect(body.filtered_count).toBe(1);
    expect(body.total_count).toBeGreaterThanOrEqual(1);
    expect(body.items[0]).toMatchObject({ name: client.name, user: TEST_USERS.admin.username, client_properties: { connection_name: client.clientName } });
    expect(body.paged_by_warren).toBeUndefined();

    // A page past the end falls back to the last page instead of failing.
    const past = await getJson<PageBody<unknown>>(request, `/api/connections?name=${enc(filter)}&page=50&page_size=1`);
    expect(past.status).toBe(200);
    expect(past.body.page).toBe(1);
  });

  test('GET /api/connections?vhost= filters one vhost, paged by Warren because the broker cannot', async ({ request }) => {
    const { status, body } = await getJson<PageBody<{ name: string; vhost: string }>>(
      request,
      `/api/connections?vhost=${enc('/')}&name=${enc(`^127\\.0\\.0\\.1:${client.port} `)}&use_regex=true`,
    );
    expect(status).toBe(200);
    expect(body.paged_by_warren).toBe(true);
    expect(body.items.map((c) => c.name)).toEqual([client.name]);
    // Another vhost does not have it.
    const other = await getJson<PageBody<{ name: string }>>(request, `/api/connections?vhost=team-b&name=${enc(`:${client.port} ->`)}`);
    expect(other.body.items).toEqual([]);
  });

  test('GET /api/connections refuses an invalid regex with a readable message', async ({ request }) => {
    const { status, body } = await getJson<{ error: { code: string; message: string } }>(request, '/api/connections?name=(&use_regex=true');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/Invalid regular expression/);
  });

  test('GET /api/connections/:name and its channels, with names holding spaces, ">" and ":"', async ({ request }) => {
    const detail = await getJson<Record<string, unknown>>(request, `/api/connections/${enc(client.name)}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      name: client.name,
      user: TEST_USERS.admin.username,
      vhost: '/',
      protocol: 'AMQP 0-9-1',
      client_properties: { connection_name: client.clientName, product: 'amqplib' },
    });

    // The broker's channel stats lag the client by up to one 5 s collection (and Warren may
    // answer from its 2 s cache): wait for the channel's state to show, as a user would.
    await expect
      .poll(
        async () => {
          const channels = await getJson<Array<Record<string, unknown>>>(request, `/api/connections/${enc(client.name)}/channels`);
          expect(channels.status).toBe(200);
          return channels.body;
        },
        { timeout: 15_000 },
      )
      .toEqual([expect.objectContaining({ name: client.channelName, confirm: true, prefetch_count: 7, consumer_count: 1 })]);
  });

  test('GET /api/channels pages and filters; GET /api/channels/:name lists its consumers', async ({ request }) => {
    // Channel stats lag the client by up to one 5 s collection: wait for the prefetch to show.
    await expect
      .poll(
        async () => {
          const list = await getJson<PageBody<{ name: string; prefetch_count: number }>>(request, `/api/channels?name=${enc(`:${client.port} ->`)}`);
          expect(list.status).toBe(200);
          return list.body.items;
        },
        { timeout: 15_000 },
      )
      .toEqual([expect.objectContaining({ name: client.channelName, prefetch_count: 7 })]);

    const perVhost = await getJson<PageBody<{ name: string }>>(request, `/api/channels?vhost=${enc('/')}&name=${enc(`:${client.port} ->`)}`);
    expect(perVhost.body.items.map((c) => c.name)).toEqual([client.channelName]);

    const detail = await getJson<{ consumer_details: unknown[]; connection_details: { name: string } }>(request, `/api/channels/${enc(client.channelName)}`);
    expect(detail.status).toBe(200);
    expect(detail.body.connection_details.name).toBe(client.name);
    expect(detail.body.consumer_details).toEqual([
      expect.objectContaining({
        consumer_tag: client.consumerTag,
        queue: { name: client.queue, vhost: '/' },
        ack_required: true,
        exclusive: false,
        prefetch_count: 7,
        arguments: { 'x-priority': 3 },
      }),
    ]);
  });

  test('unknown connections and channels answer 404 NOT_FOUND', async ({ request }) => {
    const missing = '127.0.0.1:1 -> 127.0.0.1:2';
    for (const path of [`/api/connections/${enc(missing)}`, `/api/connections/${enc(missing)}/channels`, `/api/channels/${enc(`${missing} (1)`)}`]) {
      const { status, body } = await getJson<{ error: { code: string } }>(request, path);
      expect(status, path).toBe(404);
      expect(body.error.code).toBe('NOT_FOUND');
    }
    const response = await request.delete(`/api/connections/${enc(missing)}`);
    expect(response.status()).toBe(404);
  });
});

test.describe('force close', () => {
  test.use({ storageState: authFile('admin') });

  test('DELETE /api/connections/:name closes the connection; the client receives the reason', async ({ request }) => {
    const client = await openClient();
    try {
      const reason = `${uniqueName('e2e close')} 维护`;
      const response = await request.delete(`/api/connections/${enc(client.name)}`, { headers: { 'x-reason': encodeURIComponent(reason) } });
      expect(response.status()).toBe(204);
      const error = await client.closed;
      expect(error?.message).toContain('CONNECTION_FORCED');
      expect(error?.message).toContain(reason);
      // And the broker no longer knows it.
      await expect.poll(async () => (await fetchStatus(`/connections/${enc(client.name)}`))).toBe(404);
    } finally {
      await client.close();
    }
  });

  test('DELETE refuses a reason too long for the close frame', async ({ request }) => {
    const response = await request.delete(`/api/connections/${enc('127.0.0.1:1 -> 127.0.0.1:2')}`, {
      headers: { 'x-reason': encodeURIComponent('x'.repeat(300)) },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toMatch(/at most 200 bytes/);
  });
});

test.describe('as a management user', () => {
  test.use({ storageState: authFile('management') });

  test('sees its own connections and channels only (the broker filters)', async ({ request }) => {
    const [own, admins] = await Promise.all([
      openClient({ role: 'management', vhost: 'team-a' }),
      openClient({ role: 'admin', vhost: 'team-a' }),
    ]);
    try {
      const list = await getJson<PageBody<{ name: string; user: string }>>(request, '/api/connections?page_size=500');
      expect(list.status).toBe(200);
      const names = list.body.items.map((c) => c.name);
      expect(names).toContain(own.name);
      expect(names).not.toContain(admins.name);
      expect(new Set(list.body.items.map((c) => c.user))).toEqual(new Set([TEST_USERS.management.username]));

      const channels = await getJson<PageBody<{ name: string }>>(request, `/api/channels?vhost=team-a&name=${enc(`:${admins.port} ->`)}`);
      expect(channels.body.items).toEqual([]);
      const detail = await request.get(`/api/connections/${enc(admins.name)}`);
      expect(detail.status()).toBe(403);
      expect((await detail.json()).error.code).toBe('ACCESS_REFUSED');
      // Regression: the broker's 401 for someone else's connection once logged the user out.
      expect((await request.get('/api/auth/session')).status()).toBe(200);
      // RabbitMQ answers a bare 500 for a missing connection of a non-monitoring user: Warren says 404.
      const missing = await request.get(`/api/connections/${enc('127.0.0.1:1 -> 127.0.0.1:2')}`);
      expect(missing.status()).toBe(404);
    } finally {
      await Promise.all([own.close(), admins.close()]);
    }
  });
});

async function fetchStatus(path: string): Promise<number> {
  const user = TEST_USERS.admin;
  const response = await fetch(`${testBroker.managementUrl}/api${path}`, {
    headers: { authorization: 'Basic ' + Buffer.from(`${user.username}:${user.password}`).toString('base64') },
  });
  return response.status;
}
