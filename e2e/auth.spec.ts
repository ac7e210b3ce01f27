import { expect, test, type Page } from '@playwright/test';
import { sealData } from 'iron-session';
import { TEST_USERS, type Role } from './support/env';

// The server's SESSION_SECRET: scripts/test.mjs and the dev servers use the same value.
const SESSION_SECRET = process.env.SESSION_SECRET ?? '0123456789abcdef0123456789abcdef0123456789abcdef';
const SESSION_COOKIE = 'warren_session'; // lib/session/config.ts

async function fillLogin(page: Page, username: string, password: string) {
  // The form focuses Username once hydrated; a submit before that would be the browser's own.
  await expect(page.getByLabel('Username')).toBeFocused();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

const loginAs = (page: Page, role: Role) => fillLogin(page, TEST_USERS[role].username, TEST_USERS[role].password);

// Every test here starts logged out.
test.use({ storageState: { cookies: [], origins: [] } });

test('a user with a management tag logs in and lands on the overview with their name in the header', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Log in to Warren' })).toBeVisible();
  await loginAs(page, 'admin');
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(`User:${TEST_USERS.admin.username}`);
  // The session cookie is not readable by scripts.
  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie?.httpOnly).toBe(true);
  expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
});

test('a wrong password is refused with a specific alert by the form', async ({ page }) => {
  await page.goto('/login');
  await fillLogin(page, TEST_USERS.admin.username, 'not-the-password');
  await expect(page.getByRole('alert').filter({ hasText: 'Login failed: wrong username or password.' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  expect((await page.context().cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
});

test('a submit before the page is interactive never puts the password in the URL', async ({ page }) => {
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/login');
  await page.getByLabel('Username').fill(TEST_USERS.admin.username);
  await page.getByLabel('Password').fill(TEST_USERS.admin.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForLoadState('load');
  expect(page.url()).not.toContain(TEST_USERS.admin.password);
  expect(page.url()).not.toContain('password=');
});

test('empty fields are flagged on the fields themselves', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a username' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a password' })).toBeVisible();
});

test('a user without tags is refused with the reason naming the missing tag', async ({ page }) => {
  await page.goto('/login');
  await loginAs(page, 'none');
  const alert = page.getByRole('alert').filter({ hasText: TEST_USERS.none.username });
  await expect(alert).toContainText(`User "${TEST_USERS.none.username}" has no management tag`);
  await expect(alert).toContainText('management, policymaker, monitoring, administrator');
  await expect(page).toHaveURL(/\/login/);
});

test('logging out returns to the login page and the session cookie no longer opens the API', async ({ page }) => {
  await page.goto('/login');
  await loginAs(page, 'monitoring');
  await expect(page.getByRole('banner')).toContainText(TEST_USERS.monitoring.username);
  expect((await page.request.get('/api/overview')).status()).toBe(200);

  // The banner is in the server's HTML: a click before React has hydrated the button does
  // nothing (CI once clicked too early). Logging out twice is harmless, so click until it works.
  await expect(async () => {
    await page.getByRole('button', { name: 'Log out' }).click({ timeout: 2_000 });
    await expect(page).toHaveURL(/\/login\?reason=logged-out/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'You have logged out.' })).toBeVisible();
  expect((await page.context().cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);

  const response = await page.request.get('/api/overview');
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Please log in.' } });
  // Pages too: back to the login form, remembering where the user was going.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login\?next=%2F/);
});

/** A cookie sealed like Warren's own (lib/session/config.ts), idle since `lastSeen`, logged in at `createdAt`. */
async function sessionCookie(role: Role, lastSeen: number, baseURL: string, createdAt = lastSeen) {
  const user = TEST_USERS[role];
  const value = await sealData(
    { username: user.username, password: user.password, tags: user.tags, lastSeen, createdAt },
    { password: SESSION_SECRET },
  );
  return { name: SESSION_COOKIE, value, url: baseURL, httpOnly: true, sameSite: 'Lax' as const };
}

// Idle for 30 days: past any idle limit the test server may be configured with.
const LONG_AGO = () => Date.now() - 30 * 24 * 3600_000;

test('an expired session sends the user to the login page and back to where they were', async ({ page, context, baseURL }) => {
  await context.addCookies([await sessionCookie('admin', LONG_AGO(), baseURL!)]);
  await page.goto('/queues?vhost=team-a');
  await expect(page).toHaveURL(/\/login\?/);
  await expect(page.getByRole('alert').filter({ hasText: 'Your session has expired. Please log in again.' })).toBeVisible();

  await loginAs(page, 'admin');
  await expect(page).toHaveURL((url) => url.pathname === '/queues' && url.searchParams.get('vhost') === 'team-a');
  await expect(page.getByLabel('Password')).toBeHidden();
});

test('a session that expires while a page is open sends the user to log in again, then back', async ({ page, context, baseURL }) => {
  await page.goto('/login');
  await loginAs(page, 'admin');
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await page.goto('/?vhost=team-a');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  // The idle limit passes: the next poll (every 5 s) gets 401 and sends the user to log in,
  // remembering the page. (Whether "expired" is said depends on which request notices first:
  // the cookie is dropped by the first answer; the test above covers the message.)
  await context.addCookies([await sessionCookie('admin', LONG_AGO(), baseURL!)]);
  await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/?vhost=team-a', {
    timeout: 15_000,
  });
  await loginAs(page, 'admin');
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.searchParams.get('vhost') === 'team-a');
});

test('the API answers 401 SESSION_EXPIRED to an expired session', async ({ page, context, baseURL }) => {
  await context.addCookies([await sessionCookie('admin', LONG_AGO(), baseURL!)]);
  const response = await page.request.get('/api/overview');
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({
    error: { code: 'SESSION_EXPIRED', message: 'Your session has expired. Please log in again.' },
  });
});

// Regression: the idle timer was renewed on every poll, so a tab left open kept its session forever.
test('a session used a minute ago but logged in more than a day ago has expired (absolute lifetime)', async ({ page, context, baseURL }) => {
  const cookie = await sessionCookie('admin', Date.now() - 60_000, baseURL!, Date.now() - 25 * 3600_000);
  await context.addCookies([cookie]);
  await page.goto('/queues');
  await expect(page).toHaveURL(/\/login\?.*reason=expired/);
  // The API says so too (the page load dropped the cookie: it is given again).
  await context.addCookies([cookie]);
  const response = await page.request.get('/api/auth/session');
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe('SESSION_EXPIRED');
});

test('a fresh session cookie sealed the same way is accepted (the expiry tests above are not vacuous)', async ({ page, context, baseURL }) => {
  await context.addCookies([await sessionCookie('admin', Date.now(), baseURL!)]);
  const response = await page.request.get('/api/auth/session');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ username: TEST_USERS.admin.username, tags: TEST_USERS.admin.tags });
});

test('a tampered session cookie counts as no session', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: SESSION_COOKIE, value: 'Fe26.2**garbage', url: baseURL!, httpOnly: true, sameSite: 'Lax' }]);
  const response = await page.request.get('/api/overview');
  expect(response.status()).toBe(401);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login\?/);
  await expect(page.getByLabel('Username')).toBeVisible();
});

test('a logged-in user who opens /login goes to the overview; ?next= never leaves the site', async ({ page }) => {
  await page.goto('/login?next=//evil.example/x');
  await loginAs(page, 'policymaker');
  await expect(page).toHaveURL((url) => url.origin !== 'http://evil.example' && url.pathname === '/');
  await page.goto('/login');
  await expect(page).toHaveURL((url) => url.pathname === '/');
});
