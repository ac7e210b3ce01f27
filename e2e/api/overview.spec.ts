import { expect, test } from '@playwright/test';
import { enc, mgmt, publishMessages, uniqueName } from '../support/broker';
import { authFile, TEST_USERS } from '../support/env';

interface Vhost {
  name: string;
  messages?: number;
  messages_ready?: number;
  messages_unacknowledged?: number;
}

test.describe('as an administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('GET /api/overview answers what the broker says', async ({ request }) => {
    const broker = await mgmt<{ cluster_name: string; rabbitmq_version: string; erlang_version: string; listeners: unknown[] }>('GET', '/overview');
    const response = await request.get('/api/overview');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
    const overview = await response.json();
    expect(overview).toMatchObject({
      cluster_name: broker.cluster_name,
      rabbitmq_version: broker.rabbitmq_version,
      erlang_version: broker.erlang_version,
      listeners: broker.listeners,
    });
    expect(overview.object_totals).toEqual(expect.objectContaining({ queues: expect.any(Number), exchanges: expect.any(Number) }));
  });

  test('GET /api/nodes lists the broker’s nodes with their resources', async ({ request }) => {
    const broker = await mgmt<Array<{ name: string; fd_total: number }>>('GET', '/nodes');
    const response = await request.get('/api/nodes');
    expect(response.status()).toBe(200);
    const nodes: Array<Record<string, unknown>> = await response.json();
    expect(nodes.map((n) => n.name).sort()).toEqual(broker.map((n) => n.name).sort());
    for (const node of nodes) {
      for (const key of ['running', 'mem_used', 'mem_limit', 'disk_free', 'disk_free_limit', 'fd_used', 'fd_total', 'sockets_used', 'proc_used', 'uptime']) {
        expect(node, key).toHaveProperty(key);
      }
    }
  });

  test('GET /api/vhosts/:vhost reports a fresh vhost’s queued messages after publishing (vhost name with a space and a slash)', async ({ request }) => {
    const vhost = uniqueName('warren api/ov');
    const count = 9;
    await mgmt('PUT', `/vhosts/${enc(vhost)}`, {});
    try {
      await mgmt('PUT', `/permissions/${enc(vhost)}/${enc(TEST_USERS.admin.username)}`, { configure: '.*', write: '.*', read: '.*' });
      await publishMessages(vhost, uniqueName('q'), count);
      // Queue stats reach the vhost totals within the broker's 5 s collection interval.
      await expect
        .poll(async () => {
          const v: Vhost = await (await request.get(`/api/vhosts/${enc(vhost)}`)).json();
          return [v.name, v.messages_ready, v.messages, v.messages_unacknowledged];
        }, { timeout: 20_000 })
        .toEqual([vhost, count, count, 0]);
      expect((await (await request.get('/api/vhosts')).json()).map((v: Vhost) => v.name)).toContain(vhost);
    } finally {
      await mgmt('DELETE', `/vhosts/${enc(vhost)}`).catch(() => undefined);
    }
  });

  test('vhost "/" travels as %2F', async ({ request }) => {
    const response = await request.get('/api/vhosts/%2F');
    expect(response.status()).toBe(200);
    expect((await response.json()).name).toBe('/');
  });

  test('a vhost that does not exist is 404 NOT_FOUND', async ({ request }) => {
    const response = await request.get(`/api/vhosts/${enc(uniqueName('missing'))}`);
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe('NOT_FOUND');
  });

  test('GET /api/health reports both the management API and AMQP as reachable', async ({ request }) => {
    const response = await request.get('/api/health?vhost=%2F');
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ management: { ok: true }, amqp: { ok: true }, checkedAt: expect.any(Number) });
  });
});

test.describe('as a management user limited to team-a', () => {
  test.use({ storageState: authFile('management') });

  test('GET /api/vhosts lists only team-a', async ({ request }) => {
    const response = await request.get('/api/vhosts');
    expect((await response.json()).map((v: Vhost) => v.name)).toEqual(['team-a']);
  });

  test('GET /api/vhosts/team-a works for a non-administrator', async ({ request }) => {
    // Regression: the broker's GET /api/vhosts/{name} is for administrators only.
    const response = await request.get('/api/vhosts/team-a');
    expect(response.status()).toBe(200);
    expect((await response.json()).name).toBe('team-a');
  });

  test('another vhost is refused without ending the session', async ({ request }) => {
    const response = await request.get('/api/vhosts/team-b');
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe('NOT_FOUND');
    expect((await request.get('/api/auth/session')).status()).toBe(200);
  });

  test('GET /api/nodes is 403 ACCESS_REFUSED (monitoring only) and the session survives', async ({ request }) => {
    // Regression: the broker says 401 "Not monitor user"; that must not log the user out.
    const response = await request.get('/api/nodes');
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'ACCESS_REFUSED', message: 'Not monitor user' } });
    expect((await request.get('/api/auth/session')).status()).toBe(200);
  });

  test('GET /api/overview answers the user’s own view', async ({ request }) => {
    const response = await request.get('/api/overview');
    expect(response.status()).toBe(200);
    const overview = await response.json();
    expect(overview.rabbitmq_version).toMatch(/^\d+\.\d+\.\d+/);
    expect(overview.object_totals).toBeDefined();
  });

  test('GET /api/health for its own vhost is healthy', async ({ request }) => {
    const response = await request.get('/api/health?vhost=team-a');
    expect(await response.json()).toMatchObject({ management: { ok: true }, amqp: { ok: true } });
  });
});
