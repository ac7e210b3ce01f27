import { expect, test, type Page } from '@playwright/test';
import { deleteQueue, enc, mgmt, uniqueName } from './support/broker';
import { authFile, TEST_USERS } from './support/env';

// Every page works under Warren's Content-Security-Policy (nonces for scripts, no inline script):
// the browser reports each violation as a securitypolicyviolation event, recorded from the first
// script on and read after the page has hydrated and been used.

type Recorded = { __cspViolations: string[] };

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const target = window as unknown as Recorded;
    target.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      target.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as Recorded).__cspViolations);

test('the login page works under the policy, which carries a fresh nonce on every load', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await recordViolations(page);
  const first = await page.goto('/login');
  const policy = first!.headers()['content-security-policy']!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const directive of ["frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'", "form-action 'self'"]) expect(policy).toContain(directive);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(first!.headers()['permissions-policy']).toContain('camera=()');
  const second = await page.reload();
  expect(second!.headers()['content-security-policy']).not.toBe(policy);

  // The form is interactive (hydrated): it logs in.
  await expect(page.getByLabel('Username')).toBeFocused();
  await page.getByLabel('Username').fill(TEST_USERS.admin.username);
  await page.getByLabel('Password').fill(TEST_USERS.admin.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await context.close();
});

test.describe('every page of the dashboard', () => {
  test.use({ storageState: authFile('admin') });

  test('renders, hydrates and switches to dark mode without a single CSP violation', async ({ page }) => {
    const queue = uniqueName('e2e-csp');
    await mgmt('PUT', `/queues/%2F/${enc(queue)}`, { durable: false });
    try {
      await recordViolations(page);
      const pages = [
        ['/', 'Overview'],
        ['/connections', 'Connections'],
        ['/channels', 'Channels'],
        ['/exchanges', 'Exchanges'],
        [`/exchanges/%2F/amq.direct`, 'Exchange amq.direct'],
        ['/queues', 'Queues'],
        [`/queues/%2F/${enc(queue)}`, `Queue ${queue}`],
        ['/admin', 'Admin'],
      ] as const;
      for (const [path, heading] of pages) {
        await page.goto(path);
        await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
        // Hydrated: the theme switch answers (next-themes' own script runs with the nonce). A
        // choice made before React has hydrated the select is not seen: choose until it is.
        await expect(async () => {
          await page.getByLabel('Theme').selectOption('dark');
          await expect(page.locator('html')).toHaveClass(/dark/, { timeout: 1_000 });
        }).toPass({ timeout: 15_000 });
        await page.getByLabel('Theme').selectOption('light');
        await expect(page.locator('html')).not.toHaveClass(/dark/);
        expect(await violations(page), path).toEqual([]);
      }
      // A page that does not exist still renders its own page under the policy.
      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    } finally {
      await deleteQueue('/', queue);
    }
  });
});
