import { expect, test } from '@playwright/test';
import { routes } from '../lib/routes';
import { amqpConnection, createVhost, enc, messageCount, mgmt, uniqueName } from './support/broker';
import { authFile } from './support/env';

// Regression (names "." and ".." change the API path): a user who purged queue "." from the list
// or its page used to delete the queue "contents" with its messages. Now the list shows them,
// their page says what is possible, and purge, bind, unbind and delete go over AMQP.

const vhost = uniqueName('e2e-dots-ui');
let dropVhost: () => Promise<void>;

test.describe('queues named "." and ".." in the browser (administrator)', () => {
  test.use({ storageState: authFile('admin') });

  test.beforeAll(async () => {
    dropVhost = await createVhost(vhost);
    const connection = await amqpConnection(vhost);
    try {
      const channel = await connection.createConfirmChannel();
      for (const name of ['.', '..', 'contents']) {
        await channel.assertQueue(name, { durable: true });
        for (let i = 0; i < 3; i++) channel.sendToQueue(name, Buffer.from(`${name} ${i}`), { persistent: true });
      }
      await channel.waitForConfirms();
    } finally {
      await connection.close();
    }
  });
  test.afterAll(async () => {
    await dropVhost();
  });

  test('from the list and from their pages: purge, bind, unbind, delete; "contents" keeps its messages', async ({ page }) => {
    await page.goto(`/queues?vhost=${enc(vhost)}&sort=name`);
    for (const name of ['.', '..', 'contents']) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();

    // Purge "." from the list.
    await page.getByRole('checkbox', { name: 'Select queue .', exact: true }).check();
    await page.getByRole('button', { name: 'Purge selected' }).click();
    const purge = page.getByRole('dialog', { name: 'Purge 1 selected queue?' });
    await purge.getByRole('button', { name: 'Purge 1 queue' }).click();
    await expect(page.getByText('Purged 1 queue')).toBeVisible();
    expect(await messageCount(vhost, '.')).toBe(0);
    expect(await messageCount(vhost, 'contents')).toBe(3);

    // The page of "..": reached through its link, it says what can and cannot be done.
    await page.getByRole('link', { name: '..', exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === routes.queue(vhost, '..'));
    await expect(page.getByRole('heading', { name: 'Queue ..', level: 1 })).toBeVisible();
    await expect(page.getByText('RabbitMQ’s management API cannot address a queue named “..”')).toBeVisible();
    await expect(page.getByTestId('messages-total')).toHaveText('3', { timeout: 15_000 });

    // Bind it from amq.topic, see the binding, unbind it.
    const form = page.getByRole('form', { name: 'Add binding to this queue' });
    await form.getByLabel('From exchange').fill('amq.topic');
    await form.getByLabel('Routing key').fill('dots.#');
    await form.getByRole('button', { name: 'Bind' }).click();
    const table = page.getByRole('table', { name: 'Bindings of queue ..' });
    const row = table.getByRole('row', { name: /amq\.topic/ });
    await expect(row).toContainText('dots.#');
    const bindings = await mgmt<Array<{ source: string; destination: string; routing_key: string }>>('GET', `/bindings/${enc(vhost)}`);
    expect(bindings.filter((b) => b.source === 'amq.topic').map((b) => [b.destination, b.routing_key])).toEqual([['..', 'dots.#']]);
    await row.getByRole('button', { name: 'Unbind' }).click();
    await page.getByRole('dialog', { name: 'Unbind?' }).getByRole('button', { name: 'Unbind' }).click();
    await expect(row).toHaveCount(0);

    // Purge it from its page, then delete it (typing its name).
    await page.getByRole('button', { name: 'Purge', exact: true }).click();
    await page.getByRole('dialog', { name: 'Purge queue ..?' }).getByRole('button', { name: 'Purge' }).click();
    await expect(page.getByText('Purged queue ..')).toBeVisible();
    expect(await messageCount(vhost, '..')).toBe(0);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const remove = page.getByRole('dialog', { name: 'Delete queue ..?' });
    await remove.getByRole('textbox').fill('..');
    await remove.getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/queues');

    const names = (await mgmt<Array<{ name: string }>>('GET', `/queues/${enc(vhost)}?columns=name`)).map((q) => q.name).sort();
    expect(names).toEqual(['.', 'contents']);
    expect(await messageCount(vhost, 'contents')).toBe(3);
  });

  test('the add form refuses "." with a specific message and creates nothing', async ({ page }) => {
    await page.goto(`/queues?vhost=${enc(vhost)}`);
    const form = page.getByRole('form', { name: 'Add a new queue' });
    await form.getByLabel('Name').fill('.');
    await form.getByRole('button', { name: 'Add queue' }).click();
    await expect(form.getByText('Names “.” and “..” cannot be used through the management API')).toBeVisible();
  });
});
