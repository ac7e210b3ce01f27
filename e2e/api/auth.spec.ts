import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { authFile, TEST_USERS } from '../support/env';

/**
 * Every route handler under app/api, found on disk so that a route added later is covered
 * without anyone remembering to list it here. Dynamic segments get harmless sample values:
 * without a session the request must be refused before anything reaches the broker.
 */
interface RouteCase {
  file: string;
  method: string;
  url: string;
  public: boolean;
}

function discoverRoutes(): RouteCase[] {
  const root = path.resolve('app/api');
  const cases: RouteCase[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const source = fs.readFileSync(full, 'utf8');
        const segments = path
          .relative(root, dir)
          .split(path.sep)
          .filter(Boolean)
          .map((segment) => (/^\[.*\]$/.test(segment) ? encodeURIComponent(`sample ${segment.replace(/[[\].]/g, '')}/%`) : segment));
        const url = `/api/${segments.join('/')}`.replace(/\/$/, '');
        for (const match of source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b(.*)/g)) {
          cases.push({ file: path.relative(process.cwd(), full), method: match[1]!, url, public: /withoutSession/.test(match[2] ?? '') });
        }
      }
    }
  };
  walk(root);
  return cases;
}

const ROUTES = discoverRoutes();
const PROTECTED = ROUTES.filter((r) => !r.public);

test.describe('without a session', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('the route discovery found the foundation routes', () => {
    const names = ROUTES.map((r) => `${r.method} ${r.url}`);
    for (const expected of ['GET /api/overview', 'GET /api/nodes', 'GET /api/vhosts', 'GET /api/health', 'GET /api/auth/session', 'POST /api/auth/login']) {
      expect(names).toContain(expected);
    }
    expect(ROUTES.find((r) => r.url === '/api/auth/login')?.public).toBe(true);
  });

  test('every protected route answers 401 with the error envelope, whatever the input', async ({ request }) => {
    test.setTimeout(120_000); // a dev server compiles each route on its first request
    const failures = await Promise.all(
      PROTECTED.map(async (route) => {
        // A mutation with an empty (invalid) body: authentication must come before validation,
        // so that unauthenticated callers learn nothing about the route's schema.
        const response = await request.fetch(route.url, {
          method: route.method,
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { data: {} }),
        });
        const body = await response.json().catch(() => null);
        const ok = response.status() === 401 && body?.error?.code === 'UNAUTHENTICATED' && body?.error?.message === 'Please log in.';
        return ok ? [] : [`${route.method} ${route.url} (${route.file}) → ${response.status()} ${JSON.stringify(body)}`];
      }),
    ).then((lists) => lists.flat());
    expect(failures, failures.join('\n')).toEqual([]);
    expect(PROTECTED.length).toBeGreaterThanOrEqual(5);
  });

  test('logging in answers the user and tags, and sets an httpOnly SameSite cookie without the password in clear', async ({ request }) => {
    const user = TEST_USERS.admin;
    const response = await request.post('/api/auth/login', { data: { username: user.username, password: user.password } });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ username: user.username, tags: user.tags });
    const setCookie = response.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie')?.value ?? '';
    expect(setCookie).toMatch(/^warren_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toContain(user.password);
    expect(setCookie).not.toContain(encodeURIComponent(user.password));
    const session = await request.get('/api/auth/session');
    expect(await session.json()).toEqual({ username: user.username, tags: user.tags });
  });

  test('a wrong password is 401 LOGIN_FAILED with a specific message', async ({ request }) => {
    const response = await request.post('/api/auth/login', { data: { username: TEST_USERS.admin.username, password: 'wrong' } });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'LOGIN_FAILED', message: 'Login failed: wrong username or password.' } });
  });

  test('an unknown user gets the same answer as a wrong password', async ({ request }) => {
    const response = await request.post('/api/auth/login', { data: { username: 'no-such-user-warren', password: 'x' } });
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe('LOGIN_FAILED');
  });

  test('a user without a management tag is 403 FORBIDDEN naming the missing tag', async ({ request }) => {
    const user = TEST_USERS.none;
    const response = await request.post('/api/auth/login', { data: { username: user.username, password: user.password } });
    expect(response.status()).toBe(403);
    const { error } = await response.json();
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain(`User "${user.username}" has no management tag (management, policymaker, monitoring, administrator)`);
    expect(response.headers()['set-cookie']).toBeUndefined();
  });

  test('validation errors say which field is wrong and why', async ({ request }) => {
    const missing = await request.post('/api/auth/login', { data: {} });
    expect(missing.status()).toBe(400);
    const missingError = (await missing.json()).error;
    expect(missingError.code).toBe('VALIDATION_FAILED');
    expect(missingError.message).toMatch(/^Invalid body: username: .*; password: /);

    const empty = await request.post('/api/auth/login', { data: { username: '  ', password: '' } });
    expect(await empty.json()).toEqual({
      error: { code: 'VALIDATION_FAILED', message: 'Invalid body: username: Enter a username; password: Enter a password' },
    });

    const notJson = await request.post('/api/auth/login', { data: Buffer.from('{"username":'), headers: { 'content-type': 'application/json' } });
    expect(notJson.status()).toBe(400);
    expect(await notJson.json()).toEqual({ error: { code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON' } });
  });

  test('logout without a session is harmless (204)', async ({ request }) => {
    const response = await request.post('/api/auth/logout');
    expect(response.status()).toBe(204);
  });
});

test.describe('cross-site requests', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('a cross-origin login POST is refused with 403 CROSS_SITE_REQUEST and starts no session', async ({ request }) => {
    const user = TEST_USERS.admin;
    const attempts: Array<Record<string, string>> = [{ origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }];
    for (const headers of attempts) {
      const response = await request.post('/api/auth/login', { data: { username: user.username, password: user.password }, headers });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(await response.json()).toEqual({ error: { code: 'CROSS_SITE_REQUEST', message: 'Cross-site requests are not allowed' } });
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
  });

  test('a same-origin POST with an Origin header is accepted', async ({ request, baseURL }) => {
    const user = TEST_USERS.admin;
    const response = await request.post('/api/auth/login', {
      data: { username: user.username, password: user.password },
      headers: { origin: baseURL!, 'sec-fetch-site': 'same-origin' },
    });
    expect(response.status()).toBe(200);
  });
});

test.describe('with a session', () => {
  test.use({ storageState: authFile('admin') });

  test('a cross-origin mutation of a logged-in user is refused before it reaches the broker', async ({ request }) => {
    test.setTimeout(120_000); // a dev server compiles each route on its first request
    const mutations = PROTECTED.filter((r) => r.method !== 'GET');
    expect(mutations.length).toBeGreaterThan(0);
    const answers = await Promise.all(
      mutations.map(async (route) => {
        const response = await request.fetch(route.url, { method: route.method, data: {}, headers: { origin: 'https://evil.example' } });
        return `${route.method} ${route.url} → ${response.status()} ${(await response.json()).error?.code}`;
      }),
    );
    expect(answers).toEqual(mutations.map((route) => `${route.method} ${route.url} → 403 CROSS_SITE_REQUEST`));
  });

  test('a cross-origin logout is refused and the session survives', async ({ request }) => {
    const response = await request.post('/api/auth/logout', { headers: { origin: 'https://evil.example' } });
    expect(response.status()).toBe(403);
    expect((await request.get('/api/auth/session')).status()).toBe(200);
  });

  test('the session route answers who is logged in', async ({ request }) => {
    const response = await request.get('/api/auth/session');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ username: TEST_USERS.admin.username, tags: TEST_USERS.admin.tags });
  });

  test('query validation errors name the parameter', async ({ request }) => {
    const response = await request.get('/api/health?vhost=');
    expect(response.status()).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/^Invalid query: vhost: /);
  });
});

test.describe('logout', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('ends the session: the same client is refused afterwards', async ({ request }) => {
    const user = TEST_USERS.policymaker;
    expect((await request.post('/api/auth/login', { data: { username: user.username, password: user.password } })).status()).toBe(200);
    expect((await request.get('/api/overview')).status()).toBe(200);
    const response = await request.post('/api/auth/logout');
    expect(response.status()).toBe(204);
    expect(response.headers()['set-cookie']).toMatch(/warren_session=;/);
    const after = await request.get('/api/overview');
    expect(after.status()).toBe(401);
    expect((await after.json()).error.code).toBe('UNAUTHENTICATED');
  });
});
