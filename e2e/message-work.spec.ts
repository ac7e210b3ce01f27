import type { ChannelModel } from 'amqplib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { amqpConnection, createVhost, enc, messageCount, mgmt, publishMessages, uniqueName } from './support/broker';
import { authFile } from './support/env';

// Browser specs for issue 12's message work on the queue and exchange pages, against the real
// broker: move (selected, first N, all), redrive from a dead-letter queue, a move whose
// connection is cut midway, the live tail and the firehose (and the queues they leave: none),
// RPC calls, and a `management` user outside its vhost. What moved where is counted over AMQP.
// The panels are found by their headings and forms, as the queue page (QueueMessageWork,
// RpcPanel, FirehosePanel) and the exchange page (TailPanel, RpcPanel) mount them.

const queuePage = (name: string, vhost = '/') => `/queues/${enc(vhost)}/${enc(name)}`;
const exchangePage = (name: string, vhost = '/') => `/exchanges/${enc(vhost)}/${enc(name)}`;

const putQueue = (name: string, vhost = '/', args: Record<string, unknown> = {}) =>
  mgmt('PUT', `/queues/${enc(vhost)}/${enc(name)}`, { durable: true, auto_delete: false, arguments: args });
const deleteQueues = (names: string[], vhost = '/') => Promise.all(names.map((name) => mgmt('DELETE', `/queues/${enc(vhost)}/${enc(name)}`).catch(() => undefined)));

/** A panel of the page: the section under its heading. */
const panel = (page: Page, title: string) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
const movePanel = (page: Page) => panel(page, 'Move messages');
const moveForm = (page: Page) => page.getByRole('form', { name: 'Move messages' });

/** The move's report, once it has come (a success is a status, the others alerts). */
const moveReport = (page: Page, title: string) => movePanel(page).getByRole('status').or(movePanel(page).getByRole('alert')).filter({ hasText: title });

/** A report's values by their terms. */
async function reportOf(report: Locator): Promise<Record<string, string>> {
  await expect(report).toBeVisible({ timeout: 60_000 });
  const terms = await report.getByRole('term').allTextContents();
  const values = await report.getByRole('definition').allTextContents();
  return Object.fromEntries(terms.map((term, index) => [term, values[index] ?? '']));
}

async function confirm(page: Page, dialogName: string | RegExp, button: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toBeHidden();
}

/** The payloads of a queue's messages, read with a plain amqplib client and put back. */
async function payloadsOf(queue: string, vhost = '/'): Promise<string[]> {
  const connection = await amqpConnection(vhost);
  try {
    const channel = await connection.createChannel();
    const got = [];
    for (let message = await channel.get(queue); message; message = await channel.get(queue)) got.push(message);
    if (got.length) channel.nack(got[got.length - 1]!, true, true);
    await channel.close();
    return got.map((message) => message.content.toString());
  } finally {
    await connection.close();
  }
}

async function getMessages(page: Page, count: number) {
  const form = page.getByRole('form', { name: 'Get messages' });
  await form.getByLabel('Messages', { exact: true }).fill(String(count));
  await form.getByRole('button', { name: 'Get messages' }).click();
  await expect(page.getByRole('article', { name: `Message ${count}` })).toBeVisible();
}

test.describe('message work as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('moves the messages selected in Get messages, and only those', async ({ page }) => {
    const [from, to] = [uniqueName('e2e-mv-sel'), uniqueName('e2e-mv-sel-to')];
    await putQueue(to);
    await publishMessages('/', from, 12, { body: (i) => `m${i}` });
    try {
      await page.goto(queuePage(from));
      await getMessages(page, 10);
      await page.getByRole('checkbox', { name: 'Select message 3' }).check();
      await page.getByRole('checkbox', { name: 'Select message 8' }).check();
      await expect(page.getByText('2 messages selected')).toBeVisible();
      await page.getByRole('button', { name: 'Move selected…' }).click();
      const form = moveForm(page);
      await expect(form.getByLabel('The messages selected in Get messages (2)')).toBeChecked();
      await expect(form.getByLabel('The messages selected in Get messages (2)')).toBeFocused();
      await form.getByLabel('A queue').check();
      await form.getByLabel('Destination queue').fill(to);
      await form.getByRole('button', { name: 'Move messages' }).click();
      await confirm(page, `Move 2 selected messages from queue ${from} to queue ${to}?`, 'Move messages');

      const report = await reportOf(moveReport(page, 'Move complete'));
      expect(report).toMatchObject({ Moved: '2', 'Left in place': '8', Failed: '0', 'Left in the source': '10', 'Duplicates possible': '0' });
      expect(await payloadsOf(to)).toEqual(['m2', 'm7']);
      expect(await payloadsOf(from)).toEqual(['m0', 'm1', 'm3', 'm4', 'm5', 'm6', 'm8', 'm9', 'm10', 'm11']);
    } finally {
      await deleteQueues([from, to]);
    }
  });

  test('moves the first N to a queue, then all to an exchange with a routing key', async ({ page }) => {
    const [from, to] = [uniqueName('e2e-mv-n'), uniqueName('e2e-mv-n-to')];
    const exchange = uniqueName('e2e-mv-x');
    await putQueue(to);
    await mgmt('PUT', `/exchanges/%2F/${enc(exchange)}`, { type: 'direct', durable: false });
    await mgmt('POST', `/bindings/%2F/e/${enc(exchange)}/q/${enc(to)}`, { routing_key: 'moved' });
    await publishMessages('/', from, 50, { body: (i) => `m${i}` });
    try {
      await page.goto(queuePage(from));
      const form = moveForm(page);
      await form.getByLabel('The first N').check();
      await form.getByLabel('Number of messages (N)').fill('20');
      await form.getByLabel('Destination queue').fill(to);
      await form.getByRole('button', { name: 'Move messages' }).click();
      await confirm(page, `Move the first 20 messages from queue ${from} to queue ${to}?`, 'Move messages');
      expect(await reportOf(moveReport(page, 'Move complete'))).toMatchObject({ Moved: '20', 'Left in the source': '30' });
      expect([await messageCount('/', from), await messageCount('/', to)]).toEqual([30, 20]);

      await form.getByLabel('All messages').check();
      await form.getByLabel('An exchange, with a routing key').check();
      await form.getByLabel('Exchange', { exact: true }).fill(exchange);
      await form.getByRole('textbox', { name: 'Routing key' }).fill('moved');
      await form.getByRole('button', { name: 'Move messages' }).click();
      await confirm(page, `Move all messages from queue ${from} to exchange ${exchange}, routing key moved?`, 'Move messages');
      expect(await reportOf(moveReport(page, 'Move complete'))).toMatchObject({ Moved: '30', 'Left in the source': '0' });
      expect(await messageCount('/', from)).toBe(0);
      expect(await payloadsOf(to)).toEqual(Array.from({ length: 50 }, (_, i) => `m${i}`));
    } finally {
      await deleteQueues([from, to]);
      await mgmt('DELETE', `/exchanges/%2F/${enc(exchange)}`).catch(() => undefined);
    }
  });

  test('redrives a dead-letter queue back to the original queue: dry run, then Redrive all', async ({ page }) => {
    const [work, dlq] = [uniqueName('e2e-work'), uniqueName('e2e-dlq')];
    await putQueue(dlq);
    await putQueue(work, '/', { 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': dlq });
    await publishMessages('/', work, 5, { declare: false, body: (i) => `order ${i}` });
    // Rejected by a consumer: dead-lettered into the DLQ with x-death (reason rejected).
    const consumer = await amqpConnection('/');
    try {
      const channel = await consumer.createChannel();
      for (let message = await channel.get(work); message; message = await channel.get(work)) channel.nack(message, false, false);
      await channel.close();
    } finally {
      await consumer.close();
    }
    await expect.poll(() => messageCount('/', dlq)).toBe(5);
    try {
      await page.goto(queuePage(dlq));
      await getMessages(page, 5);
      const form = moveForm(page);
      // The Get showed x-death: Redrive is the default.
      await expect(form.getByLabel('Redrive: back where each message was dead-lettered from')).toBeChecked();
      await form.getByRole('button', { name: 'Dry run' }).click();
      const table = movePanel(page).getByRole('table', { name: 'Where each message would go' });
      await expect(table.getByRole('row')).toHaveCount(6);
      await expect(table.getByRole('row').nth(1)).toContainText(`exchange (AMQP default), routing key ${work}`);
      await expect(table.getByRole('row').nth(1)).toContainText(`rejected in ${work} (1×)`);
      await expect(movePanel(page).getByText(`5 messages to exchange (AMQP default), routing key ${work}`)).toBeVisible();
      expect(await messageCount('/', dlq)).toBe(5);

      await movePanel(page).getByRole('button', { name: 'Redrive all' }).click();
      await confirm(page, `Redrive all messages of queue ${dlq}?`, 'Redrive all');
      expect(await reportOf(moveReport(page, 'Move complete'))).toMatchObject({ Moved: '5', 'Left in the source': '0' });
      expect(await messageCount('/', dlq)).toBe(0);
      expect(await payloadsOf(work)).toEqual(['order 0', 'order 1', 'order 2', 'order 3', 'order 4']);
    } finally {
      await deleteQueues([work, dlq]);
    }
  });

  test('a connection cut mid-move: the report says failed, why, and the duplicates possible; nothing is lost', async ({ page }) => {
    test.setTimeout(180_000);
    const vhost = uniqueName('e2e-mv-cut');
    const dropVhost = await createVhost(vhost);
    const [from, to] = ['source', 'destination'];
    const total = 40_000;
    try {
      await putQueue(to, vhost);
      await publishMessages(vhost, from, total, { body: (i) => `message ${i} `.padEnd(200, '.') });
      await page.goto(queuePage(from, vhost));
      const form = moveForm(page);
      await form.getByLabel('Destination queue').fill(to);
      // The dry run opens Warren's pooled AMQP connection for this vhost: the one to cut.
      await form.getByRole('button', { name: 'Dry run' }).click();
      await expect(movePanel(page).getByText(/^Dry run: looked at 1,000 of 40,000 messages/)).toBeVisible({ timeout: 30_000 });
      let connection = '';
      await expect
        .poll(async () => {
          const all = await mgmt<Array<{ name: string; vhost: string; client_properties?: { connection_name?: string } }>>(
            'GET',
            '/connections?columns=name,vhost,client_properties.connection_name',
          );
          connection = all.find((c) => c.vhost === vhost && c.client_properties?.connection_name === 'Warren (warren-admin)')?.name ?? '';
          return connection;
        })
        .not.toBe('');

      await form.getByRole('button', { name: 'Move messages' }).click();
      await confirm(page, `Move all messages from queue ${from} to queue ${to}?`, 'Move messages');
      const bar = movePanel(page).getByRole('progressbar', { name: 'Messages moved' });
      await expect.poll(async () => Number((await bar.getAttribute('value')) ?? 0), { intervals: [50] }).toBeGreaterThan(0);
      await mgmt('DELETE', `/connections/${enc(connection)}`);

      const failed = moveReport(page, 'Move failed');
      const report = await reportOf(failed);
      await expect(failed).toContainText('CONNECTION_FORCED');
      const moved = Number(report.Moved!.replace(/,/g, ''));
      const duplicates = Number(report['Duplicates possible']!.replace(/,/g, ''));
      expect(moved).toBeGreaterThan(0);
      expect(moved).toBeLessThan(total);
      await expect(failed).toContainText(duplicates > 0 ? 'may now be in both places' : 'No duplicates');
      // Unacked deliveries go back to the source as the channels close: the sum settles at once.
      await expect
        .poll(async () => (await messageCount(vhost, from)) + (await messageCount(vhost, to)))
        .toBeGreaterThanOrEqual(total);
      const sum = (await messageCount(vhost, from)) + (await messageCount(vhost, to));
      expect(sum).toBeLessThanOrEqual(total + duplicates);
    } finally {
      await dropVhost();
    }
  });

  test('a tail shows what is published meanwhile, and leaves no queue behind after Stop or when the page closes', async ({ page, context }) => {
    const vhost = uniqueName('e2e-tail');
    const dropVhost = await createVhost(vhost);
    const exchange = 'orders';
    const tailQueues = async () =>
      (await mgmt<Array<{ name: string }>>('GET', `/queues/${enc(vhost)}?columns=name`)).filter((queue) => queue.name.startsWith('warren.tail.')).length;
    let publisher: ChannelModel | undefined;
    try {
      await mgmt('PUT', `/exchanges/${enc(vhost)}/${exchange}`, { type: 'topic', durable: false });
      await page.goto(exchangePage(exchange, vhost));
      const tail = panel(page, 'Tail');
      await expect(tail.getByText('The tail binds a temporary queue (warren.tail.…) to this exchange')).toBeVisible();
      const form = page.getByRole('form', { name: 'Tail' });
      await form.getByLabel('Routing key pattern').fill('orders.#');
      await form.getByRole('button', { name: 'Start' }).click();
      await expect(tail.getByText(/^Temporary queue warren\.tail\.warren-admin\./)).toBeVisible();
      await expect.poll(tailQueues).toBe(1);

      publisher = await amqpConnection(vhost);
      const channel = await publisher.createConfirmChannel();
      channel.publish(exchange, 'orders.eu.created', Buffer.from('水 order'));
      channel.publish(exchange, 'invoices.created', Buffer.from('not this one'));
      await channel.waitForConfirms();
      await expect(tail.getByRole('article', { name: 'Message 1' })).toContainText('水 order');
      await expect(tail.getByText('Received 1')).toBeVisible();
      await expect(tail.getByRole('article')).toHaveCount(1);

      await form.getByRole('button', { name: 'Stop' }).click();
      await expect(tail.getByText('Stopped', { exact: true })).toBeVisible();
      await expect.poll(tailQueues).toBe(0);

      // A page that just closes.
      const other = await context.newPage();
      await other.goto(exchangePage(exchange, vhost));
      await other.getByRole('form', { name: 'Tail' }).getByRole('button', { name: 'Start' }).click();
      await expect(panel(other, 'Tail').getByText(/^Temporary queue warren\.tail\./)).toBeVisible();
      await expect.poll(tailQueues).toBe(1);
      await other.close();
      await expect.poll(tailQueues, { timeout: 15_000 }).toBe(0);
    } finally {
      await publisher?.close();
      await dropVhost();
    }
  });

  test('the firehose turns tracing on for the vhost while it runs, shows the queue’s deliveries, and off after Stop', async ({ page }) => {
    const vhost = uniqueName('e2e-firehose');
    const dropVhost = await createVhost(vhost);
    const queue = 'traced';
    const tracing = async () => (await mgmt<{ tracing?: boolean }>('GET', `/vhosts/${enc(vhost)}`)).tracing ?? false;
    try {
      await putQueue(queue, vhost);
      await page.goto(queuePage(queue, vhost));
      const firehose = panel(page, 'Firehose');
      await expect(firehose.getByRole('alert')).toContainText('copies every message published or delivered anywhere in the virtual host');
      const form = page.getByRole('form', { name: 'Firehose' });
      await expect(form.getByLabel('Events')).toHaveValue('deliver');
      await form.getByRole('button', { name: 'Start firehose' }).click();
      await expect(firehose.getByText(/^Temporary queue warren\.tail\./)).toBeVisible();
      expect(await tracing()).toBe(true);

      await publishMessages(vhost, queue, 1, { declare: false, body: () => 'traced body' });
      const consumer = await amqpConnection(vhost);
      try {
        const channel = await consumer.createChannel();
        const got = await channel.get(queue, { noAck: true });
        expect(got && got.content.toString()).toBe('traced body');
      } finally {
        await consumer.close();
      }
      const delivered = firehose.getByRole('article', { name: 'Message 1' });
      await expect(delivered).toContainText('traced body');
      await expect(delivered).toContainText(`deliver.${queue}`);

      await form.getByRole('button', { name: 'Stop' }).click();
      await expect.poll(tracing).toBe(false);
    } finally {
      await dropVhost();
    }
  });

  test('an RPC call to a Fibonacci server, Call again, and a timeout against a queue nobody consumes', async ({ page }) => {
    const [rpcQueue, idle] = [uniqueName('e2e-rpc_queue'), uniqueName('e2e-rpc-idle')];
    const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));
    const server = await amqpConnection('/');
    try {
      const channel = await server.createChannel();
      await channel.assertQueue(rpcQueue, { durable: false });
      await channel.consume(rpcQueue, (request) => {
        if (!request) return;
        const answer = String(fib(Number(request.content.toString())));
        channel.sendToQueue(request.properties.replyTo, Buffer.from(answer), { correlationId: request.properties.correlationId });
        channel.ack(request);
      });
      await putQueue(idle);

      await page.goto(queuePage(rpcQueue));
      const rpc = panel(page, 'RPC call');
      const form = page.getByRole('form', { name: 'RPC call' });
      await expect(form.getByRole('textbox', { name: 'Routing key' })).toHaveValue(rpcQueue);
      await expect(form.getByLabel('Timeout (ms)')).toHaveValue('5000');
      await form.getByLabel('Payload', { exact: true }).fill('30');
      await form.getByRole('button', { name: 'Call', exact: true }).click();
      await expect(rpc.getByText(/^Reply received · round trip [\d.]+ ms$/)).toBeVisible();
      await expect(rpc.getByText('correlation_id matches')).toBeVisible();
      await expect(rpc.getByRole('article', { name: 'Reply' })).toContainText('832040');

      await form.getByLabel('Payload', { exact: true }).fill('10');
      await form.getByRole('button', { name: 'Call again' }).click();
      await expect(rpc.getByRole('article', { name: 'Reply' })).toContainText('55');

      await page.goto(queuePage(idle));
      const idleForm = page.getByRole('form', { name: 'RPC call' });
      await idleForm.getByLabel('Timeout (ms)').fill('1000');
      await idleForm.getByLabel('Payload', { exact: true }).fill('30');
      await idleForm.getByRole('button', { name: 'Call', exact: true }).click();
      await expect(panel(page, 'RPC call').getByRole('alert')).toContainText(`No reply within 1 s: is an RPC server consuming from queue ${idle}?`);
    } finally {
      await server.close();
      await deleteQueues([rpcQueue, idle]);
    }
  });
});

test.describe('message work as a management user limited to team-a', () => {
  test.use({ storageState: authFile('management') });

  test('has none of it outside team-a, in the UI and through the API; inside, all but the firehose', async ({ page }) => {
    const [outside, inside] = [uniqueName('e2e-mw-outside'), uniqueName('e2e-mw-inside')];
    const exchange = uniqueName('e2e-mw-x');
    await putQueue(outside);
    await putQueue(inside, 'team-a');
    await mgmt('PUT', `/exchanges/%2F/${enc(exchange)}`, { type: 'topic', durable: false });
    try {
      await page.goto(queuePage(outside));
      await expect(page.getByRole('alert').first()).toBeVisible();
      for (const title of ['Move messages', 'Get messages', 'RPC call', 'Firehose']) {
        await expect(page.getByRole('heading', { name: title, exact: true })).toHaveCount(0);
      }
      await page.goto(exchangePage(exchange));
      await expect(page.getByRole('alert').first()).toBeVisible();
      for (const title of ['Tail', 'RPC call']) await expect(page.getByRole('heading', { name: title, exact: true })).toHaveCount(0);

      const json = { 'content-type': 'application/json' };
      const body = { target: { kind: 'queue', name: inside }, select: { mode: 'all' } };
      const refused = [
        await page.request.post(`/api/queues/%2F/${enc(outside)}/move`, { headers: json, data: body }),
        await page.request.post(`/api/queues/%2F/${enc(outside)}/move-preview`, { headers: json, data: body }),
        await page.request.post(`/api/exchanges/%2F/amq.default/rpc`, { headers: json, data: { message: { routing_key: outside, payload: '1' }, timeout_ms: 200 } }),
        await page.request.get(`/api/exchanges/%2F/${enc(exchange)}/tail`, { timeout: 10_000 }),
        await page.request.get(`/api/queues/%2F/${enc(outside)}/firehose`, { timeout: 10_000 }),
        await page.request.get(`/api/queues/team-a/${enc(inside)}/firehose`, { timeout: 10_000 }),
      ];
      expect(refused.map((answer) => answer.status())).toEqual([403, 403, 403, 403, 403, 403]);
      for (const answer of refused) expect((await answer.json()) as unknown).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      expect(await messageCount('/', outside)).toBe(0);

      await page.goto(queuePage(inside, 'team-a'));
      await expect(page.getByRole('heading', { name: 'Move messages', exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'RPC call', exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Firehose', exact: true })).toHaveCount(0);
    } finally {
      await deleteQueues([outside]);
      await deleteQueues([inside], 'team-a');
      await mgmt('DELETE', `/exchanges/%2F/${enc(exchange)}`).catch(() => undefined);
    }
  });
});
