import amqp, { type GetMessage } from 'amqplib';
import { expect, test, type Page } from '@playwright/test';
import { amqpConnection, enc, messageCount, mgmt, uniqueName } from './support/broker';
import { authFile, TEST_USERS } from './support/env';

// Browser specs for Publish message, bulk publish, Get messages and stream browsing on the queue
// and exchange pages, against the real broker. What arrived, what stayed and what went is read
// back over AMQP (exact, where the management API's statistics lag by seconds).

const putQueue = (name: string, args: Record<string, unknown> = {}, vhost = '/') =>
  mgmt('PUT', `/queues/${enc(vhost)}/${enc(name)}`, { durable: true, auto_delete: false, arguments: args });
const deleteQueues = (names: string[], vhost = '/') => Promise.all(names.map((name) => mgmt('DELETE', `/queues/${enc(vhost)}/${enc(name)}`).catch(() => undefined)));
const queuePage = (name: string, vhost = '/') => `/queues/${enc(vhost)}/${enc(name)}`;
const publishForm = (page: Page) => page.getByRole('form', { name: 'Publish message' });
const getForm = (page: Page) => page.getByRole('form', { name: 'Get messages' });

/** Every message of a queue, read with a plain amqplib client and put back (nothing is lost). */
async function peekAll(queue: string, vhost = '/'): Promise<GetMessage[]> {
  const connection = await amqpConnection(vhost);
  try {
    const channel = await connection.createChannel();
    const got: GetMessage[] = [];
    for (;;) {
      const message = await channel.get(queue, { noAck: false });
      if (!message) break;
      got.push(message);
    }
    if (got.length) channel.nack(got[got.length - 1]!, true, true);
    await channel.close();
    return got;
  } finally {
    await connection.close();
  }
}

async function publishRaw(queue: string, bodies: Array<string | Buffer>, options: amqp.Options.Publish = {}, vhost = '/') {
  const connection = await amqpConnection(vhost);
  try {
    const channel = await connection.createConfirmChannel();
    for (const body of bodies) channel.sendToQueue(queue, typeof body === 'string' ? Buffer.from(body) : body, { persistent: true, ...options });
    await channel.waitForConfirms();
  } finally {
    await connection.close();
  }
}

test.describe('publish message as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('on a queue named 水续传: headers of each type and every property arrive as typed', async ({ page }) => {
    const queue = uniqueName('水续传');
    await putQueue(queue);
    try {
      await page.goto(queuePage(queue));
      const form = publishForm(page);
      await expect(form.getByLabel('Routing key')).toHaveValue(queue);
      const addHeader = form.getByRole('button', { name: 'Add header' });
      const headers: Array<[string, string, string]> = [
        ['tenant', 'acme 水', 'string'],
        ['attempt', '3', 'number'],
        ['urgent', 'true', 'boolean'],
        ['tags', 'a, b', 'list'],
      ];
      for (const [index, [key, value, type]] of headers.entries()) {
        await addHeader.click();
        await form.getByRole('textbox', { name: `Headers ${index + 1} key` }).fill(key);
        await form.getByRole('textbox', { name: `Headers ${index + 1} value` }).fill(value);
        await form.getByRole('combobox', { name: `Headers ${index + 1} type` }).selectOption(type);
      }
      await form.getByLabel('Delivery mode').selectOption('1');
      const properties: Record<string, string> = {
        content_type: 'application/json',
        content_encoding: 'utf-8',
        priority: '4',
        correlation_id: 'corr-42',
        reply_to: 'rpc-replies',
        expiration: '600000',
        message_id: 'msg-42',
        timestamp: '1700000000',
        type: 'order.created',
        user_id: TEST_USERS.admin.username,
        app_id: 'e2e',
      };
      for (const [name, value] of Object.entries(properties)) await form.getByLabel(name, { exact: true }).fill(value);
      await form.getByLabel('Payload encoding').selectOption('json');
      await form.getByLabel('Payload', { exact: true }).fill('{"order":42,"note":"水"}');
      await form.getByRole('button', { name: 'Format the JSON payload' }).click();
      await expect(form.getByLabel('Payload', { exact: true })).toHaveValue('{\n  "order": 42,\n  "note": "水"\n}');
      await form.getByRole('button', { name: 'Publish message' }).click();
      await expect(form.getByRole('status').or(form.getByRole('alert')).filter({ hasText: 'Message published and routed' })).toBeVisible();

      const [message] = await peekAll(queue);
      expect(JSON.parse(message!.content.toString())).toEqual({ order: 42, note: '水' });
      expect(message!.properties).toMatchObject({
        deliveryMode: 1,
        contentType: 'application/json',
        contentEncoding: 'utf-8',
        priority: 4,
        correlationId: 'corr-42',
        replyTo: 'rpc-replies',
        expiration: '600000',
        messageId: 'msg-42',
        timestamp: 1700000000,
        type: 'order.created',
        userId: TEST_USERS.admin.username,
        appId: 'e2e',
      });
      expect(message!.properties.headers).toEqual({ tenant: 'acme 水', attempt: 3, urgent: true, tags: ['a', 'b'] });
    } finally {
      await deleteQueues([queue]);
    }
  });

  test('bad input is said on its field and nothing is published', async ({ page }) => {
    const queue = uniqueName('e2e-msg-bad');
    await putQueue(queue);
    try {
      await page.goto(queuePage(queue));
      const form = publishForm(page);
      await form.getByLabel('Payload encoding').selectOption('json');
      await form.getByLabel('Payload', { exact: true }).fill('{"order": 42,');
      await form.getByLabel('priority', { exact: true }).fill('300');
      await form.getByRole('button', { name: 'Publish message' }).click();
      await expect(form.getByText(/^The payload is not valid JSON/)).toBeVisible();
      await expect(form.getByText('priority is a whole number from 0 to 255')).toBeVisible();
      await form.getByLabel('priority', { exact: true }).fill('');
      await form.getByLabel('Payload encoding').selectOption('base64');
      await form.getByLabel('Payload', { exact: true }).fill('not base64!');
      await form.getByRole('button', { name: 'Publish message' }).click();
      await expect(form.getByText('The payload is not valid base64')).toBeVisible();
      expect(await messageCount('/', queue)).toBe(0);
    } finally {
      await deleteQueues([queue]);
    }
  });

  test('a binary file is published byte for byte', async ({ page }) => {
    const queue = uniqueName('e2e-msg-file');
    await putQueue(queue);
    const bytes = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256));
    try {
      await page.goto(queuePage(queue));
      const form = publishForm(page);
      await form.getByLabel('Payload encoding').selectOption('base64');
      await form.getByLabel('Choose file…').setInputFiles({ name: 'blob.bin', mimeType: 'application/octet-stream', buffer: bytes });
      await expect(form.getByText('From file blob.bin (2.00 KiB)')).toBeVisible();
      await form.getByRole('button', { name: 'Publish message' }).click();
      await expect(form.getByText('Message published and routed')).toBeVisible();
      const [message] = await peekAll(queue);
      expect(message!.content.equals(bytes)).toBe(true);

      // Get messages shows it as binary, in hex, without breaking the page.
      await getForm(page).getByRole('button', { name: 'Get messages' }).click();
      const card = page.getByRole('article', { name: 'Message 1' });
      await expect(card.getByRole('tab', { name: 'Hex' })).toHaveAttribute('aria-selected', 'true');
      await expect(card.getByRole('tabpanel')).toContainText('00000000 00 25 4a 6f 94 b9 de 03');
    } finally {
      await deleteQueues([queue]);
    }
  });

  test('on an exchange no queue is bound to: "returned: NO_ROUTE", never a success', async ({ page }) => {
    const exchange = uniqueName('e2e-msg-nowhere');
    await mgmt('PUT', `/exchanges/%2F/${enc(exchange)}`, { type: 'direct', durable: false });
    try {
      await page.goto(`/exchanges/%2F/${enc(exchange)}`);
      const form = publishForm(page);
      await form.getByLabel('Routing key').fill('nobody.listens');
      await form.getByLabel('Payload', { exact: true }).fill('hello?');
      await form.getByRole('button', { name: 'Publish message' }).click();
      await expect(form.getByRole('alert').filter({ hasText: 'Message published but not routed — returned: NO_ROUTE' })).toBeVisible();
      await expect(form.getByText('Message published and routed')).toHaveCount(0);
    } finally {
      await mgmt('DELETE', `/exchanges/%2F/${enc(exchange)}`).catch(() => undefined);
    }
  });

  test('bulk publish: 2,000 templated messages, progress then a report, all in the queue', async ({ page }) => {
    const queue = uniqueName('e2e-msg-bulk');
    await putQueue(queue);
    try {
      await page.goto(queuePage(queue));
      const form = publishForm(page);
      await form.getByLabel('Number of messages').fill('2000');
      await form.getByLabel('message_id', { exact: true }).fill('m-{{seq}}');
      await form.getByLabel('Payload', { exact: true }).fill('order {{seq}} of 2000');
      await form.getByRole('button', { name: 'Publish 2,000 messages' }).click();
      await expect(form.getByText('Bulk publish complete')).toBeVisible({ timeout: 30_000 });
      const report = form.getByRole('definition');
      await expect(report.filter({ hasText: /^2,000$/ }).first()).toBeVisible();
      await expect.poll(() => messageCount('/', queue)).toBe(2000);
      const messages = await peekAll(queue);
      expect(messages[0]!.content.toString()).toBe('order 1 of 2000');
      expect(messages[1999]!.properties.messageId).toBe('m-2000');
    } finally {
      await deleteQueues([queue]);
    }
  });

  test('bulk publish can be cancelled: what the queue holds is no more than the report says', async ({ page }) => {
    const queue = uniqueName('e2e-msg-cancel');
    await putQueue(queue);
    try {
      await page.goto(queuePage(queue));
      const form = publishForm(page);
      await form.getByLabel('Number of messages').fill('100000');
      await form.getByLabel('Rate limit (msg/s)').fill('200');
      await form.getByRole('button', { name: 'Publish 100,000 messages' }).click();
      await expect(form.getByRole('progressbar', { name: 'Messages confirmed' })).toBeVisible();
      await form.getByRole('button', { name: 'Cancel' }).click();
      await expect(form.getByText('Bulk publish cancelled')).toBeVisible();
      // The server stops publishing: the queue stops growing (two reads 300 ms apart agree)…
      const growth = async () => {
        const before = await messageCount('/', queue);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return (await messageCount('/', queue)) - before;
      };
      await expect.poll(growth, { timeout: 10_000 }).toBe(0);
      // …far short of what was asked, and holding at least what the report counts as confirmed.
      const held = await messageCount('/', queue);
      expect(held).toBeLessThan(100_000);
      const confirmed = Number((await form.getByText('Confirmed', { exact: true }).locator('xpath=following-sibling::dd').textContent())!.replace(/,/g, ''));
      expect(held).toBeGreaterThanOrEqual(confirmed);
    } finally {
      await deleteQueues([queue]);
    }
  });
});

test.describe('get messages as administrator', () => {
  test.use({ storageState: authFile('admin') });

  for (const type of ['classic', 'quorum'] as const) {
    test(`on a ${type} queue the default mode shows the messages and keeps every one`, async ({ page }) => {
      const queue = uniqueName(`e2e-get-${type}`);
      await putQueue(queue, { 'x-queue-type': type });
      await publishRaw(queue, ['{"n":1}', '{"n":2}', 'third'], { headers: { source: 'e2e' }, correlationId: 'c-1' });
      try {
        await page.goto(queuePage(queue));
        const form = getForm(page);
        await expect(form.getByLabel('Ack mode')).toHaveValue('ack_requeue_true');
        if (type === 'quorum') await expect(form.getByText(/each get counts against the queue’s delivery-limit/)).toBeVisible();
        await form.getByLabel('Messages', { exact: true }).fill('2');
        await form.getByRole('button', { name: 'Get messages' }).click();
        await expect(page.getByRole('status').filter({ hasText: '2 messages fetched; requeued' })).toBeVisible();
        const first = page.getByRole('article', { name: 'Message 1' });
        await expect(first.getByText('correlation_id')).toBeVisible();
        await expect(first.getByRole('table', { name: 'Headers' })).toContainText('source');
        await first.getByRole('tab', { name: 'JSON' }).click();
        await expect(first.getByRole('tabpanel')).toContainText('n');
        await expect(page.getByRole('article', { name: 'Message 2' })).toBeVisible();
        expect(await messageCount('/', queue)).toBe(3);
        const after = await peekAll(queue);
        expect(after.map((m) => m.content.toString()).sort()).toEqual(['third', '{"n":1}', '{"n":2}'].sort());

        // The search filters the fetched messages.
        await form.getByLabel('Messages', { exact: true }).fill('3');
        await form.getByRole('button', { name: 'Get messages' }).click();
        await expect(page.getByRole('status').filter({ hasText: '3 messages fetched; requeued' })).toBeVisible();
        await page.getByRole('searchbox', { name: 'Search fetched messages' }).fill('"n":2');
        await expect(page.getByText('1 of 3 match')).toBeVisible();
      } finally {
        await deleteQueues([queue]);
      }
    });
  }

  test('Automatic ack asks first; cancelled it removes nothing, confirmed it removes what it shows', async ({ page }) => {
    const queue = uniqueName('e2e-get-autoack');
    await putQueue(queue);
    await publishRaw(queue, ['one', 'two', 'three']);
    try {
      await page.goto(queuePage(queue));
      const form = getForm(page);
      await form.getByLabel('Ack mode').selectOption('ack_requeue_false');
      await form.getByLabel('Messages', { exact: true }).fill('2');
      await form.getByRole('button', { name: 'Get messages' }).click();
      const dialog = page.getByRole('dialog', { name: `Remove up to 2 messages from queue ${queue}?` });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect(await messageCount('/', queue)).toBe(3);
      await form.getByRole('button', { name: 'Get messages' }).click();
      await dialog.getByRole('button', { name: 'Get and remove' }).click();
      await expect(page.getByRole('status').filter({ hasText: '2 messages fetched; removed' })).toBeVisible();
      expect((await peekAll(queue)).map((m) => m.content.toString())).toEqual(['three']);
    } finally {
      await deleteQueues([queue]);
    }
  });

  test('Reject requeue true keeps them; Reject requeue false dead-letters, and the dead-letter queue shows x-death', async ({ page }) => {
    const dlx = uniqueName('e2e-dlx');
    const dlq = uniqueName('e2e-dlq');
    const queue = uniqueName('e2e-work');
    await mgmt('PUT', `/exchanges/%2F/${enc(dlx)}`, { type: 'fanout', durable: false });
    await putQueue(dlq);
    await mgmt('POST', `/bindings/%2F/e/${enc(dlx)}/q/${enc(dlq)}`, { routing_key: '' });
    await putQueue(queue, { 'x-dead-letter-exchange': dlx });
    await publishRaw(queue, ['poison']);
    try {
      await page.goto(queuePage(queue));
      const form = getForm(page);
      await form.getByLabel('Ack mode').selectOption('reject_requeue_true');
      await form.getByRole('button', { name: 'Get messages' }).click();
      await expect(page.getByRole('status').filter({ hasText: '1 message fetched; requeued' })).toBeVisible();
      expect(await messageCount('/', queue)).toBe(1);

      await form.getByLabel('Ack mode').selectOption('reject_requeue_false');
      await form.getByRole('button', { name: 'Get messages' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Get and remove' }).click();
      await expect(page.getByRole('status').filter({ hasText: '1 message fetched; dead-lettered or dropped' })).toBeVisible();
      expect(await messageCount('/', queue)).toBe(0);
      await expect.poll(() => messageCount('/', dlq)).toBe(1);

      await page.goto(queuePage(dlq));
      await getForm(page).getByRole('button', { name: 'Get messages' }).click();
      const deaths = page.getByRole('table', { name: 'Dead-lettering history (x-death)' });
      await expect(deaths).toBeVisible();
      const row = deaths.getByRole('row').nth(1);
      await expect(row).toContainText(queue);
      await expect(row).toContainText('rejected');
      expect(await messageCount('/', dlq)).toBe(1);
    } finally {
      await deleteQueues([queue, dlq]);
      await mgmt('DELETE', `/exchanges/%2F/${enc(dlx)}`).catch(() => undefined);
    }
  });

  test('an expired message shows x-death with reason expired', async ({ page }) => {
    const dlq = uniqueName('e2e-expired-dlq');
    const queue = uniqueName('e2e-ttl');
    await putQueue(dlq);
    await putQueue(queue, { 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': dlq });
    await publishRaw(queue, ['stale'], { expiration: '1' });
    try {
      await expect.poll(() => messageCount('/', dlq)).toBe(1);
      await page.goto(queuePage(dlq));
      await getForm(page).getByRole('button', { name: 'Get messages' }).click();
      const row = page.getByRole('table', { name: 'Dead-lettering history (x-death)' }).getByRole('row').nth(1);
      await expect(row).toContainText('expired');
      await expect(row).toContainText(queue);
    } finally {
      await deleteQueues([queue, dlq]);
    }
  });

  test('a stream queue is browsed from an offset without consuming it, Older and Newer page through', async ({ page }) => {
    const stream = uniqueName('e2e-stream 水');
    await putQueue(stream, { 'x-queue-type': 'stream' });
    await publishRaw(stream, Array.from({ length: 30 }, (_, i) => `s${i}`));
    try {
      await page.goto(queuePage(stream));
      await expect(page.getByRole('form', { name: 'Get messages' })).toHaveCount(0);
      const form = page.getByRole('form', { name: 'Browse stream' });
      await form.getByLabel('Start at').selectOption('offset');
      await form.getByLabel('Offset', { exact: true }).fill('10');
      await form.getByLabel('Messages', { exact: true }).fill('5');
      await form.getByRole('button', { name: 'Read' }).click();
      await expect(page.getByRole('status').filter({ hasText: '5 messages, offsets 10 to 14' })).toBeVisible();
      await expect(page.getByRole('article', { name: 'Message 1' })).toContainText('s10');
      const pages = page.getByRole('navigation', { name: 'Stream pages' });
      await pages.getByRole('button', { name: 'Newer' }).click();
      await expect(page.getByRole('status').filter({ hasText: '5 messages, offsets 15 to 19' })).toBeVisible();
      await pages.getByRole('button', { name: 'Older' }).click();
      await pages.getByRole('button', { name: 'Older' }).click();
      await expect(page.getByRole('status').filter({ hasText: '5 messages, offsets 5 to 9' })).toBeVisible();

      // From a time an hour ago: the start of the stream.
      await form.getByLabel('Start at').selectOption('time');
      // The browser runs in UTC (playwright.config.ts): a datetime-local value is UTC here.
      const hourAgo = new Date(Date.now() - 3_600_000).toISOString().slice(0, 16);
      await form.getByLabel('Time', { exact: true }).fill(hourAgo);
      await form.getByRole('button', { name: 'Read' }).click();
      await expect(page.getByRole('status').filter({ hasText: '5 messages, offsets 0 to 4' })).toBeVisible();
    } finally {
      await deleteQueues([stream]);
    }
  });
});

test.describe('a management user limited to team-a', () => {
  test.use({ storageState: authFile('management') });

  test('can publish and get in team-a, and neither elsewhere, through the UI or the API', async ({ page, request }) => {
    const own = uniqueName('e2e-team-a-msg');
    const other = uniqueName('e2e-root-msg');
    await putQueue(own, {}, 'team-a');
    await putQueue(other);
    try {
      await page.goto(queuePage(own, 'team-a'));
      await publishForm(page).getByLabel('Payload', { exact: true }).fill('team-a only');
      await publishForm(page).getByRole('button', { name: 'Publish message' }).click();
      await expect(publishForm(page).getByText('Message published and routed')).toBeVisible();
      await getForm(page).getByRole('button', { name: 'Get messages' }).click();
      await expect(page.getByRole('article', { name: 'Message 1' })).toContainText('team-a only');

      // Another vhost's queue: the page says it cannot be seen, and the routes refuse.
      await page.goto(queuePage(other));
      await expect(page.getByRole('form', { name: 'Publish message' })).toHaveCount(0);
      const publish = await request.post(`/api/exchanges/%2F/amq.default/publish`, { data: { routing_key: other, payload: 'x' } });
      expect(publish.status()).toBe(403);
      expect((await publish.json()).error.code).toBe('ACCESS_REFUSED');
      const get = await request.post(`/api/queues/%2F/${enc(other)}/get`, { data: { ackmode: 'ack_requeue_false' } });
      expect(get.status()).toBe(403);
      const bulk = await request.post(`/api/exchanges/%2F/amq.default/publish-bulk`, { data: { count: 10, message: { routing_key: other } } });
      expect(bulk.status()).toBe(403);
      const streamPage = await request.get(`/api/queues/%2F/${enc(other)}/stream?from=first`);
      expect(streamPage.status()).toBe(403);
      expect(await messageCount('/', other)).toBe(0);
    } finally {
      await deleteQueues([own], 'team-a');
      await deleteQueues([other]);
    }
  });
});
