// The broker goes away mid-session and comes back. Stops the test broker's RabbitMQ application
// (the Erlang node stays up), so this runs in its own Playwright project after every other one.
import { expect, test, type Page } from '@playwright/test';
import { TEST_USERS } from '../support/env';
import { startBrokerApp, stopBrokerApp } from './broker-app';

// Three steps of a minute or less each: stop_app, the banner, start_app and recovery.
test.setTimeout(240_000);
test.use({ storageState: { cookies: [], origins: [] } });

const banner = (page: Page) => page.getByRole('alert').filter({ hasText: 'cannot be reached since' });

let stopped = false;
test.afterEach(async () => {
  // Whatever happened, leave the broker running for whoever comes next.
  if (stopped) {
    await startBrokerApp();
    stopped = false;
  }
});

test('the broker stopped mid-session shows a banner, Warren keeps serving, and the page recovers by itself', async ({
  page,
  playwright,
  baseURL,
}) => {
  const user = TEST_USERS.admin;
  await page.goto('/login');
  await expect(page.getByLabel('Username')).toBeFocused();
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByTestId('count-queues')).toHaveText(/^\d[\d,]*$/);
  await expect(banner(page)).toHaveCount(0);

  stopped = true;
  await stopBrokerApp();

  // The next poll (every 5 s) fails and the banner says what is down, since when, and that it retries.
  await expect(banner(page)).toBeVisible({ timeout: 30_000 });
  await expect(banner(page)).toContainText(/The management API cannot be reached since \d{1,2}:\d{2}:\d{2}\./);
  await expect(banner(page)).toContainText('Retrying every 5 s.');
  // The page keeps what it showed last instead of going blank.
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();

  // Warren's own server is fine: pages render, and API routes answer a specific error at once.
  // Regression: these answers named the broker's internal URL, even to a login attempt.
  const plain = /^The management API (cannot be reached|did not answer within \d+ s)$/;
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    expect((await anonymous.get('/login')).status()).toBe(200);
    const login = await anonymous.post('/api/auth/login', { data: { username: user.username, password: user.password } });
    expect([503, 504]).toContain(login.status());
    expect((await login.json()).error.message).toMatch(plain);
  } finally {
    await anonymous.dispose();
  }
  const api = await page.request.get('/api/overview');
  expect([503, 504]).toContain(api.status());
  const { error } = await api.json();
  expect(['BROKER_UNREACHABLE', 'BROKER_TIMEOUT']).toContain(error.code);
  expect(error.message).toMatch(plain);
  // The session survives an outage: it is not the broker refusing the login.
  expect((await page.request.get('/api/auth/session')).status()).toBe(200);

  await startBrokerApp();
  stopped = false;

  // No reload: the banner goes away by itself and fresh data shows again.
  await expect(banner(page)).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByText('The broker is reachable again.')).toBeVisible();
  await expect(page.getByTestId('count-queues')).toHaveText(/^\d[\d,]*$/);
  expect((await page.request.get('/api/overview')).status()).toBe(200);
  await expect(page).toHaveURL((url) => url.pathname === '/');
});
