import { expect, request as playwrightRequest, test } from '@playwright/test';
import { enc, mgmt, uniqueName } from '../support/broker';
import { authFile, TEST_USERS } from '../support/env';

// The audit log: every change through Warren, done or refused, with who did it, read back
// through GET /api/admin/audit (administrators only).

test.describe('the audit log', () => {
  test.use({ storageState: authFile('admin') });

  test('records a create, a delete and a refused change with the right user; only administrators read it', async ({ request, baseURL }) => {
    const queue = uniqueName('e2e-audit 水');
    const created = await request.put(`/api/queues/${enc('/')}/${enc(queue)}`, { data: { type: 'classic', durable: true } });
    expect(created.ok()).toBe(true);
    const deleted = await request.delete(`/api/queues/${enc('/')}/${enc(queue)}`, { headers: { 'content-type': 'application/json' } });
    expect(deleted.ok()).toBe(true);

    // team-a's user may not touch vhost "/": the broker refuses, and the log says so.
    const team = await playwrightRequest.newContext({ baseURL, storageState: authFile('management') });
    try {
      const refused = await team.put(`/api/queues/${enc('/')}/${enc(queue)}`, { data: { type: 'classic', durable: true } });
      expect(refused.status()).toBe(403);
      const reading = await team.get('/api/admin/audit');
      expect(reading.status()).toBe(403);
      expect((await reading.json()).error.message).toBe('The audit log is for administrators only');
    } finally {
      await team.dispose();
    }
    await expect(mgmt('GET', `/queues/%2F/${enc(queue)}`)).rejects.toThrow(/404/);

    const page = await (await request.get(`/api/admin/audit?object=${enc(queue)}`)).json();
    const entries = [...page.items].reverse();
    expect(entries.map((e: { method: string; user: string; result: string; status: number }) => [e.method, e.user, e.result, e.status])).toEqual([
      ['PUT', TEST_USERS.admin.username, 'done', 201],
      ['DELETE', TEST_USERS.admin.username, 'done', 204],
      ['PUT', TEST_USERS.management.username, 'refused', 403],
    ]);
    expect(entries[0]).toMatchObject({ route: '/api/queues/[vhost]/[name]', object: { vhost: '/', name: queue }, request: { type: 'classic', durable: true } });
    expect(entries[0].address).toMatch(/^(127\.0\.0\.1|::1)$/);
    expect(entries[2].error.code).toBe('ACCESS_REFUSED');

    // By user and by result.
    const refusedOnly = await (await request.get(`/api/admin/audit?object=${enc(queue)}&result=refused&user=${enc(TEST_USERS.management.username)}`)).json();
    expect(refusedOnly.items).toHaveLength(1);
    const bad = await request.get('/api/admin/audit?from=yesterday');
    expect(bad.status()).toBe(400);
  });

  test('a login attempt is recorded without its password', async ({ request, baseURL }) => {
    const anonymous = await playwrightRequest.newContext({ baseURL });
    const name = uniqueName('nobody');
    try {
      const login = await anonymous.post('/api/auth/login', { data: { username: name, password: 'wrong-password-123' } });
      expect(login.status()).toBe(401);
    } finally {
      await anonymous.dispose();
    }
    const page = await (await request.get(`/api/admin/audit?user=${enc(name)}`)).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ route: '/api/auth/login', result: 'refused', status: 401, request: { username: name } });
    expect(JSON.stringify(page.items[0])).not.toContain('wrong-password-123');
  });
});
