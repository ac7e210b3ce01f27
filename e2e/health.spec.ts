import { expect, test, type Page } from '@playwright/test';
import { amqpConnection, createVhost, enc, mgmt, publishMessages, uniqueName } from './support/broker';
import { authFile } from './support/env';

// The Health page against the real broker: each test creates a situation in a vhost of its own
// (so that other specs' queues and consumers are not in its findings, nor its in theirs), sees
// the finding appear, fixes it and sees it go. The management API's statistics lag up to 5 s and
// the page refreshes every 5 s: assertions wait for conditions, never sleep.

const APPEAR = { timeout: 25_000 };

async function openHealth(page: Page, vhost: string) {
  await page.goto(`/health?vhost=${enc(vhost)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Health' })).toBeVisible();
  await expect(page.getByText(`Virtual host ${vhost}`)).toBeVisible();
}

const findings = (page: Page) => page.getByRole('table', { name: 'Findings' });
const finding = (page: Page, text: RegExp) => findings(page).getByRole('row', { name: text });

test.describe('Health as an administrator', () => {
  test.use({ storageState: authFile('admin') });
  test.describe.configure({ timeout: 90_000 });

  let vhost = '';
  let removeVhost: () => Promise<void> = async () => undefined;
  test.beforeAll(async () => {
    vhost = uniqueName('e2e-health');
    removeVhost = await createVhost(vhost);
  });
  test.afterAll(async () => {
    await removeVhost();
  });

  test('a queue with ready messages and no consumer is found, and goes once it is consumed', async ({ page }) => {
    await publishMessages(vhost, 'orders', 3);
    await openHealth(page, vhost);
    const row = finding(page, /Queue orders has 3 ready messages and no consumer/);
    await expect(row).toBeVisible(APPEAR);
    await expect(row.getByText('Warning', { exact: true })).toBeVisible();
    await expect(row.getByRole('link', { name: 'orders' })).toHaveAttribute('href', `/queues/${enc(vhost)}/orders`);
    await expect(page.getByRole('rowheader', { name: /^Warning \(\d+\)$/ })).toBeVisible();

    // The fix: a consumer takes and acknowledges them.
    const connection = await amqpConnection(vhost);
    try {
      const channel = await connection.createChannel();
      await channel.prefetch(10);
      await channel.consume('orders', (message) => message && channel.ack(message));
      await expect(row).toHaveCount(0, APPEAR);
    } finally {
      await connection.close();
    }
    await mgmt('DELETE', `/queues/${enc(vhost)}/orders`);
  });

  test('a consumer without prefetch that never acknowledges is found, and goes with its channel', async ({ page }) => {
    await publishMessages(vhost, 'jobs', 20);
    const connection = await amqpConnection(vhost);
    try {
      const channel = await connection.createChannel();
      // No basic.qos: no prefetch limit; no ack: every message stays unacknowledged.
      await channel.consume('jobs', () => undefined, { noAck: false });
      await openHealth(page, vhost);
      const unacked = finding(page, /holds 20 unacknowledged messages and acknowledges none/);
      const noPrefetch = finding(page, /has 1 consumer and no prefetch limit \(20 unacknowledged\)/);
      await expect(unacked).toBeVisible(APPEAR);
      await expect(noPrefetch).toBeVisible();
      await expect(unacked.getByRole('link').first()).toHaveAttribute('href', /^\/channels\//);
      await expect(unacked).toContainText('No prefetch limit');

      await channel.close();
      await expect(unacked).toHaveCount(0, APPEAR);
      await expect(noPrefetch).toHaveCount(0);
    } finally {
      await connection.close();
    }
    await mgmt('DELETE', `/queues/${enc(vhost)}/jobs`);
  });

  test('a dead-letter queue holding rejected messages is found, and goes once purged', async ({ page }) => {
    const v = enc(vhost);
    await mgmt('PUT', `/exchanges/${v}/work.dlx`, { type: 'fanout', durable: true });
    await mgmt('PUT', `/queues/${v}/work`, { durable: true, arguments: { 'x-dead-letter-exchange': 'work.dlx' } });
    await mgmt('PUT', `/queues/${v}/work.dlq`, { durable: true, arguments: {} });
    await mgmt('POST', `/bindings/${v}/e/work.dlx/q/work.dlq`, { routing_key: '' });
    await publishMessages(vhost, 'work', 2, { declare: false });
    const connection = await amqpConnection(vhost);
    try {
      const channel = await connection.createChannel();
      for (let i = 0; i < 2; i++) {
        const message = await channel.get('work');
        if (message) channel.nack(message, false, false);
      }
      await channel.close();
    } finally {
      await connection.close();
    }

    await openHealth(page, vhost);
    const row = finding(page, /Dead-letter queue work\.dlq holds 2 messages/);
    await expect(row).toBeVisible(APPEAR);
    await expect(row.getByRole('link', { name: 'work.dlx' })).toHaveAttribute('href', `/exchanges/${v}/work.dlx`);
    // A dead-letter queue is expected to have no consumer: it is not reported as such.
    await expect(finding(page, /Queue work\.dlq has .* no consumer/)).toHaveCount(0);

    await mgmt('DELETE', `/queues/${v}/work.dlq/contents`);
    await expect(row).toHaveCount(0, APPEAR);
  });

  test('a queue close to its x-max-length is found, and goes once purged', async ({ page }) => {
    const v = enc(vhost);
    await mgmt('PUT', `/queues/${v}/capped`, { durable: true, arguments: { 'x-max-length': 10 } });
    await publishMessages(vhost, 'capped', 9, { declare: false });
    await openHealth(page, vhost);
    const row = finding(page, /Queue capped is at 90 % of its max-length \(9 of 10 messages\)/);
    await expect(row).toBeVisible(APPEAR);
    await expect(row).toContainText('drops the oldest messages');

    await mgmt('DELETE', `/queues/${v}/capped/contents`);
    await expect(row).toHaveCount(0, APPEAR);
    await expect(page.getByText('No findings')).toBeVisible(APPEAR);
  });
});

test.describe('Health as a management user', () => {
  test.use({ storageState: authFile('management') });

  test('says what it could not check with the user’s tags', async ({ page }) => {
    await openHealth(page, 'team-a');
    const limits = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Not checked' }) });
    await expect(limits).toContainText('listing nodes needs the monitoring tag');
    await expect(limits).toContainText('the broker shows you only your own');
  });
});
