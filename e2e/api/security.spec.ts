import { expect, request as playwrightRequest, test } from '@playwright/test';
import { amqpConnection, enc, mgmt, uniqueName } from '../support/broker';
import { authFile } from '../support/env';

// Route-level regressions of the hardening issue, against the suite's Warren server.

test.describe('requests that change something (CSRF)', () => {
  test.use({ storageState: authFile('admin') });

  // Regression: a page of another site could post a form (text/plain, urlencoded) without a preflight.
  test('a mutation that is not declared as JSON is refused with 415, and nothing changes', async ({ request }) => {
    const queue = uniqueName('e2e-csrf');
    const form = await request.put(`/api/queues/${enc('/')}/${enc(queue)}`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: 'type=classic',
    });
    expect(form.status()).toBe(415);
    expect((await form.json()).error).toEqual({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Warren takes changes as JSON only (Content-Type: application/json), not application/x-www-form-urlencoded',
    });
    const plain = await request.post('/api/queues/actions', { headers: { 'content-type': 'text/plain' }, data: '{"action":"purge"}' });
    expect(plain.status()).toBe(415);
    // A DELETE has no body, but declares JSON all the same.
    const bare = await request.fetch(`/api/queues/${enc('/')}/${enc(queue)}`, { method: 'DELETE', headers: { 'content-type': '' } });
    expect(bare.status()).toBe(415);
    expect((await bare.json()).error.message).toBe('Warren takes changes as JSON only: send Content-Type: application/json');
    await expect(mgmt('GET', `/queues/%2F/${enc(queue)}`)).rejects.toThrow(/404/);
  });

  // Regression: X-Forwarded-Host was believed from any client, so a forged one matched a foreign Origin.
  test('a foreign Origin is refused even with a matching X-Forwarded-Host (no proxy is trusted here)', async ({ request }) => {
    const response = await request.post('/api/queues/actions', {
      headers: { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' },
      data: { action: 'purge', queues: [{ vhost: '/', name: 'x' }] },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe('CROSS_SITE_REQUEST');
  });
});

test.describe('login', () => {
  // Regression: "guest:a" with password "b" reached the broker as user "guest", password "a:b",
  // past the check that refuses loopback-only users by the typed name.
  test('a username with ":" is refused before the broker is asked', async ({ request }) => {
    const response = await request.post('/api/auth/login', { data: { username: 'guest:guest', password: 'x' } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toMatch(/A username cannot contain “:”/);
  });

  // Regression: logout left the user's pooled AMQP connections open until the idle sweep (5 min).
  test('logout closes the pooled AMQP connections of that user', async () => {
    const username = uniqueName('e2e-logout');
    const password = 'logout-secret-1';
    await mgmt('PUT', `/users/${enc(username)}`, { password, tags: 'management' });
    await mgmt('PUT', `/permissions/%2F/${enc(username)}`, { configure: '.*', write: '.*', read: '.*' });
    const context = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
    const connectionsOf = async () =>
      (await mgmt<Array<{ user: string }>>('GET', '/connections?columns=user')).filter((c) => c.user === username).length;
    try {
      expect((await context.post('/api/auth/login', { data: { username, password } })).status()).toBe(200);
      // The banner's AMQP probe opens the pooled connection.
      expect((await (await context.get(`/api/health?vhost=${enc('/')}`)).json()).amqp.ok).toBe(true);
      await expect.poll(connectionsOf, { timeout: 15_000 }).toBe(1);
      expect((await context.post('/api/auth/logout', { headers: { 'content-type': 'application/json' } })).status()).toBe(204);
      await expect.poll(connectionsOf, { timeout: 15_000 }).toBe(0);
    } finally {
      await context.dispose();
      await mgmt('DELETE', `/users/${enc(username)}`).catch(() => undefined);
    }
  });
});

test.describe('filters Warren applies itself', () => {
  test.use({ storageState: authFile('admin') });

  // Regression: one vhost's connections were filtered with new RegExp(userInput); a pattern that
  // backtracks without end froze Node's only thread, and so every user of the instance.
  test('a catastrophic regular expression does not stop another user’s request', async ({ request, baseURL }) => {
    const connection = await amqpConnection('/', 'admin', uniqueName('e2e-regex'));
    const monitor = await playwrightRequest.newContext({ baseURL, storageState: authFile('monitoring') });
    try {
      await expect
        .poll(async () => (await mgmt<Array<{ name: string }>>('GET', `/vhosts/%2F/connections?columns=name`)).length, { timeout: 15_000 })
        .toBeGreaterThan(0);
      // Nested quantifiers over every name ("127.0.0.1:5xxxx -> 127.0.0.1:5690", 34 characters), and
      // a "!" no name has: a backtracking matcher tries about 2^34 ways per name before it fails.
      const pattern = '^([0-9.: >-]+)+!$';
      const slow = request.get(`/api/connections?vhost=${enc('/')}&name=${enc(pattern)}&use_regex=true`);
      const started = Date.now();
      const other = await monitor.get('/api/overview');
      const elapsed = Date.now() - started;
      expect(other.status()).toBe(200);
      expect(elapsed).toBeLessThan(1000);
      const answer = await slow;
      expect(answer.status()).toBe(200);
      expect((await answer.json()).filtered_count).toBe(0);
    } finally {
      await monitor.dispose();
      await connection.close();
    }
  });

  test('a pattern RE2 cannot run is a specific 400', async ({ request }) => {
    const response = await request.get(`/api/connections?vhost=${enc('/')}&name=${enc('(?=a)b')}&use_regex=true`);
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toMatch(/RE2 regular expressions \(no lookarounds or backreferences\)/);
  });
});
