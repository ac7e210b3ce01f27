import { expect, test } from '@playwright/test';
import { enc, mgmt, uniqueName } from './support/broker';
import { openClient, sharedClient } from './support/amqp-client';
import { authFile, TEST_USERS } from './support/env';

// The connections and channels pages against the real broker, with real amqplib clients: a
// connection with a client-provided name and a confirm channel with prefetch 7 and a consumer.
// The management API's stats lag (emitted every 5 s): tests wait for conditions, never sleep.

test.describe('as an administrator', () => {
  test.use({ storageState: authFile('admin') });
  const client = sharedClient();

  test('the connections list shows the client-provided name and links to the detail', async ({ page }) => {
    await page.goto(`/connections?name=${enc(client.filter)}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(/^All connections \(\d+, filtered down to 1\)$/);
    const row = page.getByRole('row').filter({ hasText: client.clientName });
    await expect(row).toContainText('running');
    await expect(row).toContainText('AMQP 0-9-1');
    await expect(row).toContainText(TEST_USERS.admin.username);
    await expect(row.getByRole('cell').nth(1)).toHaveText('/');

    // The name has spaces, ">" and ":": one encoded path segment, and the detail finds it.
    await row.getByRole('link', { name: client.name }).click();
    await expect(page).toHaveURL(`/connections/${enc(client.name)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Connection ${client.clientName}`);
    await expect(page.getByText(client.name, { exact: true })).toBeVisible();
  });

  test('the connection detail shows its overview, client properties and channels', async ({ page }) => {
    await page.goto(`/connections/${enc(client.name)}`);
    const overview = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Overview' }) });
    await expect(overview).toContainText(client.clientName);
    await expect(overview).toContainText('PLAIN');
    await expect(overview).toContainText('AMQP 0-9-1');
    const properties = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Client properties' }) });
    await expect(properties).toContainText('amqplib');
    await expect(properties.getByRole('list', { name: 'Capabilities' })).toContainText('publisher_confirms: Yes');

    const channels = page.getByRole('table', { name: 'Channels' });
    const row = channels.getByRole('row').filter({ hasText: client.channelName });
    await expect(row.getByRole('cell').nth(4)).toHaveText('7'); // prefetch
    await row.getByRole('link', { name: client.channelName }).click();
    await expect(page).toHaveURL(`/channels/${enc(client.channelName)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Channel ${client.channelName}`);
  });

  test('the channels list shows mode, prefetch and unacked, and links to the channel', async ({ page }) => {
    await page.goto(`/channels?name=${enc(client.filter)}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(/^All channels \(\d+, filtered down to 1\)$/);
    const table = page.getByRole('table', { name: 'All channels' });
    const row = table.getByRole('row').filter({ hasText: client.channelName });
    const cellOf = async (header: string) => {
      const headers = await table.getByRole('columnheader').allInnerTexts();
      const index = headers.findIndex((text) => text.toLowerCase().startsWith(header.toLowerCase()));
      return row.getByRole('cell').nth(index);
    };
    await expect(await cellOf('Mode')).toHaveText('C');
    await expect(row.getByTitle('Confirm: the channel sends publisher confirms')).toBeVisible();
    await expect(await cellOf('Prefetch')).toHaveText('7');
    await expect(await cellOf('Unacked')).toHaveText('0');
    await row.getByRole('link', { name: client.channelName }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Channel ${client.channelName}`);
  });

  test('the channel detail lists its consumers with queue links, and links to its connection', async ({ page }) => {
    await page.goto(`/channels/${enc(client.channelName)}`);
    const consumers = page.getByRole('table', { name: 'Consumers' });
    const row = consumers.getByRole('row').filter({ hasText: client.consumerTag });
    await expect(row).toContainText('x-priority = 3');
    await expect(row.getByRole('cell').nth(2)).toHaveText('Yes'); // ack required
    await expect(row.getByRole('cell').nth(3)).toHaveText('No'); // exclusive consumer
    await expect(row.getByRole('cell').nth(4)).toHaveText('7'); // prefetch
    await expect(row.getByRole('link', { name: client.queue })).toHaveAttribute('href', `/queues/${enc('/')}/${enc(client.queue)}`);

    const overview = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Overview' }) });
    await expect(overview).toContainText('Prefetch count7');
    await expect(overview).toContainText('Confirm modeYes');
    await overview.getByRole('link', { name: client.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Connection ${client.clientName}`);
  });

  test('vhost, filter and sort live in the URL; optional columns can be shown', async ({ page }) => {
    await page.goto(`/connections?vhost=${enc('/')}&name=${enc(client.filter)}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(/^Connections in \/ \(\d+, filtered down to 1\)$/);
    await expect(page.getByRole('row').filter({ hasText: client.clientName })).toBeVisible();
    await page.getByRole('button', { name: /^Channels/ }).click();
    await expect(page).toHaveURL(/[?&]sort=channels(&|$)/);
    await expect(page.getByRole('columnheader', { name: /^Channels/ })).toHaveAttribute('aria-sort', 'ascending');
    const row = page.getByRole('row').filter({ hasText: client.clientName });
    await expect(row).toBeVisible();

    // The column chooser adds the official UI's optional columns.
    await expect(page.getByRole('columnheader', { name: /^Heartbeat/ })).toHaveCount(0);
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Heartbeat' }).check();
    await expect(page.getByRole('columnheader', { name: /^Heartbeat/ })).toBeVisible();
    await expect(row).toContainText('60 s');
  });

  test('a connection or channel that has gone says so and links back', async ({ page }) => {
    const missing = '127.0.0.1:1 -> 127.0.0.1:2';
    await page.goto(`/connections/${enc(missing)}`);
    await expect(page.getByText(`Connection ${missing} no longer exists.`)).toBeVisible();
    await page.getByRole('link', { name: 'Back to connections' }).click();
    await expect(page).toHaveURL('/connections');

    await page.goto(`/channels/${enc(`${missing} (3)`)}`);
    await expect(page.getByText(`Channel ${missing} (3) no longer exists.`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to channels' })).toHaveAttribute('href', '/channels');
  });
});

test.describe('force close', () => {
  test.use({ storageState: authFile('admin') });

  test('asks for confirmation, sends the reason, and the client receives it', async ({ page }) => {
    const client = await openClient({ waitForConsumer: false });
    try {
      await page.goto(`/connections/${enc(client.name)}`);
      await page.getByRole('button', { name: 'Force close' }).click();
      const dialog = page.getByRole('dialog', { name: `Force close connection ${client.clientName}?` });
      await expect(dialog.getByLabel('Reason')).toHaveValue('Closed via Warren');
      // Cancelling closes nothing.
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
      expect((await mgmt<{ name: string }>('GET', `/connections/${enc(client.name)}`)).name).toBe(client.name);

      const reason = `${uniqueName('maintenance')} 维护`;
      await page.getByRole('button', { name: 'Force close' }).click();
      await dialog.getByLabel('Reason').fill(reason);
      await dialog.getByRole('button', { name: 'Force close' }).click();
      await expect(page.getByText(`Connection ${client.clientName} closed.`)).toBeVisible();
      await expect(page).toHaveURL('/connections');

      const error = await client.closed;
      expect(error?.message).toContain('CONNECTION_FORCED');
      expect(error?.message).toContain(reason);
      await expect(mgmt('GET', `/connections/${enc(client.name)}`)).rejects.toThrow(/404/);
    } finally {
      await client.close();
    }
  });
});

test.describe('as a management user', () => {
  test.use({ storageState: authFile('management') });

  test('sees only its own connections and is told why', async ({ page }) => {
    const [own, admins] = await Promise.all([
      openClient({ role: 'management', vhost: 'team-a', waitForConsumer: false }),
      openClient({ role: 'admin', vhost: 'team-a', waitForConsumer: false }),
    ]);
    try {
      await page.goto('/connections');
      await expect(page.getByRole('status').filter({ hasText: 'You see your own connections only; the monitoring tag shows all.' })).toBeVisible();
      await expect(page.getByText(own.clientName)).toBeVisible();
      await expect(page.getByText(admins.clientName)).toHaveCount(0);
      // Filtering for the administrator's connection finds nothing: the broker hides it.
      await page.goto(`/connections?name=${enc(admins.filter)}`);
      await expect(page.getByRole('cell', { name: 'No match for this filter.' })).toBeVisible();

      await page.goto('/channels');
      await expect(page.getByRole('status').filter({ hasText: 'You see your own channels only; the monitoring tag shows all.' })).toBeVisible();
    } finally {
      await Promise.all([own.close(), admins.close()]);
    }
  });
});

test.describe('as a monitoring user', () => {
  test.use({ storageState: authFile('monitoring') });

  test("sees other users' connections, without the force-close button", async ({ page }) => {
    const client = await openClient({ waitForConsumer: false });
    try {
      await page.goto(`/connections?name=${enc(client.filter)}`);
      await expect(page.getByText(client.clientName)).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'your own connections only' })).toHaveCount(0);
      await page.getByRole('link', { name: client.name }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Connection ${client.clientName}`);
      await expect(page.getByText(TEST_USERS.admin.username, { exact: true }).first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Force close' })).toHaveCount(0);
    } finally {
      await client.close();
    }
  });
});
