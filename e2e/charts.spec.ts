import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ChannelModel } from 'amqplib';
import { availableRanges, type SampleRetentionPolicies } from '../lib/api/series';
import { routes } from '../lib/routes';
import { openClient } from './support/amqp-client';
import { amqpConnection, deleteQueue, enc, mgmt, uniqueName } from './support/broker';
import { authFile } from './support/env';

// The charts against the real broker, with real traffic published with amqplib. The broker
// collects statistics every 5 s and a rate needs two samples: every check waits for what the
// chart says (its accessible name carries the latest values), never for a fixed time.

test.describe.configure({ timeout: 90_000 });
test.use({ storageState: authFile('admin') });

const RANGE_LABELS: Record<number, string> = {
  60: 'Last minute',
  600: 'Last ten minutes',
  3600: 'Last hour',
  28800: 'Last eight hours',
  86400: 'Last day',
};

/** Publishes `perTick` messages to a queue every 100 ms over one channel until stopped. */
async function publishSteadily(connection: ChannelModel, queue: string, perTick = 5) {
  const channel = await connection.createChannel();
  const timer = setInterval(() => {
    for (let i = 0; i < perTick; i++) channel.sendToQueue(queue, Buffer.from(`tick ${i}`));
  }, 100);
  return async () => {
    clearInterval(timer);
    await channel.close().catch(() => undefined);
  };
}

/** A chart is an image named "<title> (<range>): <series> <value>, …". */
const chart = (page: Page, title: string) => page.getByRole('img', { name: new RegExp(`^${title} \\(`) });
const label = (locator: Locator) => locator.getAttribute('aria-label').then((value) => value ?? '');
const legend = (page: Page, title: string) => page.getByRole('list', { name: `Series of ${title}` });

test('queue page: charts of real traffic, drawn in place, with the range in the URL and series that toggle', async ({ page }) => {
  const queue = uniqueName('e2e-charts-q');
  await mgmt('PUT', `/queues/%2F/${enc(queue)}`, { durable: false, auto_delete: false, arguments: {} });
  const connection = await amqpConnection('/');
  const stop = await publishSteadily(connection, queue);
  try {
    await page.goto(routes.queue('/', queue));
    const queued = chart(page, 'Queued messages');
    const rates = chart(page, 'Message rates');
    // Nobody consumes: the depth grows, and messages come in at ~50/s.
    await expect(queued).toHaveAttribute('aria-label', /^Queued messages \(Last ten minutes\): Ready [1-9][\d,]* msg, Unacked 0 msg, Total [1-9]/, {
      timeout: 30_000,
    });
    await expect(rates).toHaveAttribute('aria-label', /Publish [1-9][\d.,]* msg\/s/, { timeout: 30_000 });
    await expect(page.getByRole('img', { name: /^Queue depth: latest [1-9][\d,]* msg$/ })).toBeVisible();

    // A refresh draws into the same canvas: mark it, wait for newer figures, find the mark.
    const canvas = queued.locator('canvas');
    await expect(canvas).toHaveCount(1);
    await canvas.evaluate((element) => ((element as HTMLCanvasElement & { e2eMark?: boolean }).e2eMark = true));
    const before = await label(queued);
    await expect.poll(() => label(queued), { timeout: 20_000 }).not.toBe(before);
    expect(await canvas.evaluate((element) => (element as HTMLCanvasElement & { e2eMark?: boolean }).e2eMark)).toBe(true);

    // The range select offers what the broker keeps for queues (the `basic` policy).
    const overview = await mgmt<{ sample_retention_policies: SampleRetentionPolicies }>('GET', '/overview');
    const kept = availableRanges(overview.sample_retention_policies.basic);
    const select = page.getByRole('combobox', { name: 'Range' });
    await expect(select).toHaveCount(1);
    await expect(select).toBeEnabled();
    await expect(select.getByRole('option')).toHaveText(kept.map((range) => RANGE_LABELS[range]!));
    await expect(select).toHaveValue('600');

    // Another range: in the URL, in both charts' names, still the same canvas.
    await select.selectOption({ label: 'Last minute' });
    await expect(page).toHaveURL((url) => url.searchParams.get('range') === '60');
    await expect(queued).toHaveAttribute('aria-label', /^Queued messages \(Last minute\): Ready [1-9]/);
    await expect(rates).toHaveAttribute('aria-label', /^Message rates \(Last minute\)/);
    expect(await canvas.evaluate((element) => (element as HTMLCanvasElement & { e2eMark?: boolean }).e2eMark)).toBe(true);
    // A reload keeps it.
    await page.reload();
    await expect(select).toHaveValue('60');
    await expect(queued).toHaveAttribute('aria-label', /^Queued messages \(Last minute\): Ready [1-9]/, { timeout: 20_000 });

    // Hovering reads out the values at one time.
    await queued.hover();
    await expect(page.getByText(/^At \d\d:\d\d:\d\d$/).first()).toBeVisible();
    await page.mouse.move(0, 0);

    // A series toggles from its legend button. With the refresh off nothing else redraws:
    // the canvas changes when Ready is hidden and is the same again when it is shown.
    await page.goto(`${routes.queue('/', queue)}?range=60&refresh=0`);
    await expect(queued).toHaveAttribute('aria-label', /Ready [1-9]/, { timeout: 20_000 });
    const ready = legend(page, 'Queued messages').getByRole('button', { name: /^Ready/ });
    await expect(ready).toHaveAttribute('aria-pressed', 'true');
    const pixels = () => queued.locator('canvas').evaluate((element) => (element as HTMLCanvasElement).toDataURL());
    const shown = await pixels();
    await ready.click();
    await expect(ready).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(pixels).not.toBe(shown);
    await ready.click();
    await expect(ready).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(pixels).toBe(shown);
  } finally {
    await stop();
    await connection.close().catch(() => undefined);
    await deleteQueue('/', queue);
  }
});

test('overview: the cluster’s charts, and a selected vhost’s', async ({ page }) => {
  const vhost = uniqueName('e2e-charts vhost');
  const queue = uniqueName('e2e-charts-ov');
  await mgmt('PUT', `/vhosts/${enc(vhost)}`, {});
  try {
    await mgmt('PUT', `/permissions/${enc(vhost)}/${enc('warren-admin')}`, { configure: '.*', write: '.*', read: '.*' });
    await mgmt('PUT', `/queues/${enc(vhost)}/${enc(queue)}`, { durable: false, auto_delete: false, arguments: {} });
    const connection = await amqpConnection(vhost);
    const stop = await publishSteadily(connection, queue);
    try {
      await page.goto('/');
      await expect(chart(page, 'Message rates')).toHaveAttribute('aria-label', /^Message rates \(Last ten minutes\): Publish [1-9]/, { timeout: 30_000 });
      await expect(chart(page, 'Queued messages')).toHaveAttribute('aria-label', /Total [1-9]/, { timeout: 30_000 });

      // The vhost's own charts: everything queued there is this test's.
      await page.goto(`/?vhost=${enc(vhost)}&range=60`);
      await expect(page.getByText(`Showing virtual host ${vhost}`)).toBeVisible();
      await expect(chart(page, 'Message rates')).toHaveAttribute('aria-label', /^Message rates \(Last minute\): Publish [1-9][\d.,]* msg\/s/, {
        timeout: 30_000,
      });
      await expect(chart(page, 'Queued messages')).toHaveAttribute('aria-label', /Unacked 0 msg, Total [1-9]/);
      for (const series of ['Publish', 'Publisher confirm', 'Deliver (manual ack)', 'Consumer ack', 'Unroutable (drop)']) {
        // Nothing consumes here: the broker has no deliveries or acks to sample.
        const name = new RegExp(`^${series.replace(/[()]/g, '\\$&')} (\\d|no data)`);
        await expect(legend(page, 'Message rates').getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
      }
    } finally {
      await stop();
      await connection.close().catch(() => undefined);
    }
  } finally {
    await mgmt('DELETE', `/vhosts/${enc(vhost)}`).catch(() => undefined);
  }
});

test('exchange, connection and channel pages chart their rates', async ({ page }) => {
  const client = await openClient({ waitForConsumer: false });
  const exchange = uniqueName('e2e-charts-x');
  const queue = uniqueName('e2e-charts-xq');
  try {
    await mgmt('PUT', `/exchanges/%2F/${enc(exchange)}`, { type: 'fanout', durable: false });
    await mgmt('PUT', `/queues/%2F/${enc(queue)}`, { durable: false, auto_delete: false, arguments: {} });
    await mgmt('POST', `/bindings/%2F/e/${enc(exchange)}/q/${enc(queue)}`, { routing_key: '' });
    // Channel 2 of the client's connection publishes through the exchange.
    const channel = await client.connection.createChannel();
    const timer = setInterval(() => {
      for (let i = 0; i < 5; i++) channel.publish(exchange, '', Buffer.from('x'.repeat(200)));
    }, 100);
    try {
      await page.goto(routes.exchange('/', exchange));
      await expect(chart(page, 'Message rates')).toHaveAttribute('aria-label', /Publish \(In\) [1-9][\d.,]* msg\/s, Publish \(Out\) [1-9]/, {
        timeout: 30_000,
      });

      await page.goto(routes.connection(client.name));
      await expect(chart(page, 'Data rates')).toHaveAttribute('aria-label', /^Data rates \(Last ten minutes\): From client [1-9][\d.]* (B|KiB|MiB)\/s/, {
        timeout: 30_000,
      });

      await page.goto(routes.channel(`${client.name} (2)`));
      await expect(chart(page, 'Message rates')).toHaveAttribute('aria-label', /^Message rates \(Last ten minutes\): Publish [1-9]/, { timeout: 30_000 });
    } finally {
      clearInterval(timer);
    }
  } finally {
    await client.close();
    await mgmt('DELETE', `/exchanges/%2F/${enc(exchange)}`).catch(() => undefined);
    await deleteQueue('/', queue);
  }
});
