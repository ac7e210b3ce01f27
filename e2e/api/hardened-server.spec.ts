import { expect, test } from '@playwright/test';
import { uniqueName } from '../support/broker';
import { TEST_USERS } from '../support/env';
import { startExtraServer, type ExtraServer } from '../support/server';

// Against Warren servers of their own (server.mjs, the suite's build): the login throttle's
// counts are per instance, and Secure cookies need a server that is told it runs behind HTTPS.

const login = (server: ExtraServer, username: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });

test.describe('login throttling', () => {
  test.describe.configure({ mode: 'serial' });
  let server: ExtraServer;
  test.beforeAll(async () => {
    server = await startExtraServer({});
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test('repeated failures for one username get a 429 with a growing delay; a success resets it', async () => {
    const user = TEST_USERS.monitoring;
    for (let i = 0; i < 5; i++) expect((await login(server, user.username, `wrong-${i}`)).status).toBe(401);
    const sixth = await login(server, user.username, 'wrong-6');
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('retry-after')).toBe('1');
    expect((await sixth.json()).error).toEqual({
      code: 'RATE_LIMITED',
      message: 'Login failed: wrong username or password. Too many failed logins; try again in 1 s.',
    });
    // Refused before the broker is asked, even with the right password.
    const early = await login(server, user.username, user.password);
    expect(early.status).toBe(429);
    expect((await early.json()).error.message).toMatch(/^Too many failed logins; try again in 1 s\.$/);

    // Once the wait is over a right password is accepted, and the count starts again.
    await expect.poll(async () => (await login(server, user.username, user.password)).status, { intervals: [250] }).toBe(200);
    expect((await login(server, user.username, 'wrong-again')).status).toBe(401);
  });

  // Regression of the same: a client could dodge the per-address count by sending X-Forwarded-For.
  test('repeated failures from one address get a 429, whatever X-Forwarded-For the client claims', async () => {
    // A success from this address starts its count afresh.
    expect((await login(server, TEST_USERS.admin.username, TEST_USERS.admin.password)).status).toBe(200);
    const prefix = uniqueName('e2e-nobody');
    for (let i = 0; i < 20; i++) {
      const response = await login(server, `${prefix}-${i}`, 'x', { 'x-forwarded-for': `203.0.113.${i}` });
      expect(response.status).toBe(401);
    }
    const next = await login(server, `${prefix}-20`, 'x', { 'x-forwarded-for': '198.51.100.1' });
    expect(next.status).toBe(429);
    expect((await next.json()).error.message).toMatch(/Too many failed logins; try again in 1 s\./);
  });
});

test.describe('served over HTTPS (WARREN_COOKIE_SECURE unset in production)', () => {
  let server: ExtraServer;
  test.beforeAll(async () => {
    // The production default: no WARREN_COOKIE_SECURE at all.
    const env: Record<string, string> = { WARREN_COOKIE_SECURE: '' };
    server = await startExtraServer(env);
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test('the session cookie is Secure with the __Host- prefix, and pages carry HSTS', async () => {
    const user = TEST_USERS.admin;
    const response = await login(server, user.username, user.password);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.includes('warren_session='));
    expect(cookie).toMatch(/^__Host-warren_session=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/; Domain=/i);
    const page = await fetch(`${server.url}/login`);
    expect(page.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(page.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });
});
