import { expect, test, type Page } from '@playwright/test';
import { amqpConnection, deleteQueue, enc, messageCount, mgmt, publishMessages, uniqueName } from './support/broker';
import { authFile, TEST_USERS } from './support/env';

// Browser specs for the queues list, the "Add a new queue" form and the queue page, against the
// real broker. Message counts in the management API lag up to 5 s (stats emission): assertions
// on them wait; exact counts are checked over AMQP.

async function queueExists(vhost: string, name: string): Promise<boolean> {
  return mgmt('GET', `/queues/${enc(vhost)}/${enc(name)}?columns=name`).then(
    () => true,
    () => false,
  );
}

const queueLink = (page: Page, name: string) => page.getByRole('link', { name, exact: true });

/**
 * The queue page's bindings load after the page itself. Waiting for them keeps a dialog from
 * opening while that table is still pending: Playwright's locator.click hangs the renderer then
 * (a plain mouse click does not; seen with Playwright 1.65 and Debian's Chromium).
 */
async function openQueuePage(page: Page, vhost: string, name: string) {
  await page.goto(`/queues/${enc(vhost)}/${enc(name)}`);
  await expect(page.getByRole('heading', { name: `Queue ${name}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: `Bindings of queue ${name}` }).getByRole('link', { name: '(AMQP default)' })).toBeVisible();
}
const addForm = (page: Page) => page.getByRole('form', { name: 'Add a new queue' });

test.describe('queues as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('filter, regex, sort and paging live in the URL and are done by the broker', async ({ page }) => {
    const prefix = uniqueName('e2e-qui-list');
    const [a, b, c] = ['a', 'b', 'c'].map((s) => `${prefix}-${s}`) as [string, string, string];
    try {
      await publishMessages('/', a, 3);
      await publishMessages('/', b, 1);
      await publishMessages('/', c, 2);

      // Sorted by name explicitly: without a sort the broker answers in its own order.
      await page.goto(`/queues?vhost=${enc('/')}&name=${enc(prefix)}&page_size=2&sort=name`);
      await expect(page.getByRole('heading', { name: /^All queues \(\d+, filtered down to 3\)$/ })).toBeVisible();
      await expect(page.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'ascending');
      await expect(queueLink(page, a)).toBeVisible();
      await expect(queueLink(page, b)).toBeVisible();
      await expect(queueLink(page, c)).toHaveCount(0);
      // Only one vhost is shown, so the vhost column is not.
      await expect(page.getByRole('columnheader', { name: /Virtual host/ })).toHaveCount(0);

      await page.getByRole('button', { name: 'Next page' }).click();
      await expect(page).toHaveURL((url) => url.searchParams.get('page') === '2');
      await expect(queueLink(page, c)).toBeVisible();
      await expect(page.getByText('Page 2 of 2')).toBeVisible();

      // Sorting by Total (descending) goes back to page 1; counts reach the broker's stats within 5 s.
      const total = page.getByRole('columnheader', { name: /Total/ });
      await total.getByRole('button').click();
      await expect(total).toHaveAttribute('aria-sort', 'ascending');
      await total.getByRole('button').click();
      await expect(page).toHaveURL((url) => url.searchParams.get('sort') === 'messages' && url.searchParams.get('desc') === '1' && !url.searchParams.has('page'));
      await expect(total).toHaveAttribute('aria-sort', 'descending');
      await expect
        .poll(async () => page.getByRole('link', { name: new RegExp(`^${prefix}`) }).allTextContents(), { timeout: 15_000 })
        .toEqual([a, c]);

      // A regex filter; an invalid one is explained and never sent.
      const filter = page.getByRole('searchbox', { name: 'Filter' });
      await page.getByRole('checkbox', { name: 'Regex' }).check();
      await filter.fill(`${prefix}-(b|c`);
      await expect(page.getByRole('alert').filter({ hasText: 'Invalid regular expression' })).toBeVisible();
      await filter.fill(`${prefix}-(b|c)$`);
      await expect(page).toHaveURL((url) => url.searchParams.get('regex') === '1' && url.searchParams.get('name') === `${prefix}-(b|c)$`);
      await expect(page.getByRole('heading', { name: /filtered down to 2\)$/ })).toBeVisible();

      // A reload keeps everything; a filter matching nothing says so.
      await page.reload();
      await expect(page.getByRole('heading', { name: /filtered down to 2\)$/ })).toBeVisible();
      await filter.fill(`${prefix}-nothing$`);
      await expect(page.getByText('No match for this filter.')).toBeVisible();
    } finally {
      await Promise.all([a, b, c].map((name) => deleteQueue('/', name)));
    }
  });

  test('fetches the next page ahead only once the shown page is known, never for the previous rows', async ({ page }) => {
    const prefix = uniqueName('e2e-qui-ahead');
    const [a, b, c] = ['a', 'b', 'c'].map((s) => `${prefix}-${s}`) as [string, string, string];
    try {
      await Promise.all([a, b, c].map((name) => mgmt('PUT', `/queues/${enc('/')}/${enc(name)}`, { durable: true })));
      const asked: URLSearchParams[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname === '/api/queues') asked.push(url.searchParams);
      });
      await page.goto(`/queues?vhost=${enc('/')}&name=${enc(prefix)}&page_size=2&sort=name`);
      await expect(page.getByText('Page 1 of 2')).toBeVisible();
      // Page 2 of this filter is fetched ahead…
      await expect.poll(() => asked.some((p) => p.get('name') === prefix && p.get('page') === '2')).toBe(true);

      // …but a narrower filter (one page) must not inherit that page count from the rows still on
      // screen while it loads: that asked the broker for a page 2 that does not exist.
      await page.getByRole('searchbox', { name: 'Filter' }).fill(a);
      await page.getByRole('searchbox', { name: 'Filter' }).press('Enter');
      await expect(page.getByRole('heading', { name: /filtered down to 1\)$/ })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(asked.filter((p) => p.get('name') === a).map((p) => p.get('page') ?? '1')).toEqual(['1']);
    } finally {
      await Promise.all([a, b, c].map((name) => deleteQueue('/', name)));
    }
  });

  // Rendering the rest of the page after hydration cost more than sending it in the HTML (the
  // bench's cold whole-page load); a page opened inside the app renders 30 rows first instead
  // (components/ui/data-table.test.tsx).
  test('the HTML carries the whole first page of rows', async ({ page }) => {
    const prefix = uniqueName('e2e-qui-rows');
    const names = Array.from({ length: 35 }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`);
    try {
      await Promise.all(names.map((name) => mgmt('PUT', `/queues/${enc('/')}/${enc(name)}`, { durable: false })));
      const url = `/queues?vhost=${enc('/')}&name=${enc(prefix)}&sort=name`;
      const html = await (await page.request.get(url)).text();
      const tbody = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
      expect(tbody.match(/<tr/g)?.length).toBe(35);

      await page.goto(url);
      const rows = page.getByRole('table', { name: 'All queues' }).getByRole('row');
      await expect(rows).toHaveCount(36); // the header row and all 35 queues
      await expect(queueLink(page, names[34]!)).toBeVisible();
    } finally {
      await Promise.all(names.map((name) => deleteQueue('/', name)));
    }
  });

  test('a sort chosen while a filter is still loading keeps the filter (the URL waits for the rows)', async ({ page }) => {
    const prefix = uniqueName('e2e-qui-race');
    const names = [`${prefix}-a`, `${prefix}-b`];
    try {
      await Promise.all(names.map((name) => mgmt('PUT', `/queues/${enc('/')}/${enc(name)}`, { durable: false })));
      await page.goto(`/queues?vhost=${enc('/')}&name=${enc(prefix)}`);
      await expect(queueLink(page, names[1]!)).toBeVisible();
      // A slow broker: each list answer takes 200 ms, so the sort comes while the filter loads.
      await page.route('**/api/queues?*', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        await route.continue();
      });
      const filter = page.getByRole('searchbox', { name: 'Filter' });
      await filter.fill(names[0]!);
      await filter.press('Enter');
      await page.getByRole('columnheader', { name: /Total/ }).getByRole('button').click();
      await expect(page).toHaveURL((url) => url.searchParams.get('name') === names[0] && url.searchParams.get('sort') === 'messages');
      await expect(page.getByRole('heading', { name: /filtered down to 1\)$/ })).toBeVisible();
      await expect(queueLink(page, names[1]!)).toHaveCount(0);
    } finally {
      await Promise.all(names.map((name) => deleteQueue('/', name)));
    }
  });

  test('the column chooser shows and hides columns and remembers the choice', async ({ page }) => {
    await page.goto('/queues');
    await expect(page.getByRole('columnheader', { name: /Features/ })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Consumers/ })).toHaveCount(0);

    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Consumers', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Total bytes', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Features', exact: true }).uncheck();
    await expect(page.getByRole('columnheader', { name: /Consumers/ })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Total bytes/ })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Features/ })).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('columnheader', { name: /Consumers/ })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Features/ })).toHaveCount(0);
  });

  test('adds a classic queue with arguments from the presets; it shows in the list with its features', async ({ page }) => {
    const name = uniqueName('e2e-qui-classic');
    try {
      await page.goto(`/queues?vhost=${enc('/')}&name=${enc(name)}`);
      const form = addForm(page);
      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Durability').selectOption({ label: 'Transient' });
      await form.getByRole('button', { name: 'Message TTL' }).click();
      await form.getByLabel('Arguments 1 value').fill('60000');
      await form.getByRole('button', { name: 'Maximum priority' }).click();
      await form.getByLabel('Arguments 2 value').fill('5');
      await form.getByRole('button', { name: 'Add queue' }).click();

      await expect(page.getByText(`Queue ${name} added to virtual host /`)).toBeVisible();
      await expect(queueLink(page, name)).toBeVisible();
      const row = page.getByRole('row').filter({ has: queueLink(page, name) });
      await expect(row.locator('abbr[title="x-message-ttl: 60000"]')).toHaveText('TTL');
      await expect(row.locator('abbr[title="x-max-priority: 5"]')).toHaveText('Pri');
      await expect(row.locator('abbr[title="durable: true"]')).toHaveCount(0);
      expect(await mgmt('GET', `/queues/%2F/${enc(name)}`)).toMatchObject({
        type: 'classic',
        durable: false,
        arguments: { 'x-message-ttl': 60000, 'x-max-priority': 5 },
      });
      await expect(form.getByLabel('Name')).toHaveValue('');
    } finally {
      await deleteQueue('/', name);
    }
  });

  test('adds quorum and stream queues: always durable, with their own argument presets', async ({ page }) => {
    const quorum = uniqueName('e2e-qui-quorum');
    const stream = uniqueName('e2e-qui-stream');
    try {
      await page.goto('/queues');
      const form = addForm(page);
      await form.getByLabel('Type').selectOption('quorum');
      await expect(form.getByLabel('Durability')).toHaveCount(0);
      await expect(form.getByText('A quorum queue is always durable')).toBeVisible();
      await expect(form.getByRole('button', { name: 'Maximum priority' })).toHaveCount(0);
      await form.getByLabel('Name').fill(quorum);
      await form.getByRole('button', { name: 'Delivery limit' }).click();
      await form.getByLabel('Arguments 1 value').fill('3');
      await form.getByRole('button', { name: 'Add queue' }).click();
      await expect(page.getByText(`Queue ${quorum} added to virtual host /`)).toBeVisible();
      expect(await mgmt('GET', `/queues/%2F/${enc(quorum)}`)).toMatchObject({ type: 'quorum', durable: true, arguments: { 'x-delivery-limit': 3 } });

      await form.getByLabel('Type').selectOption('stream');
      await expect(form.getByRole('button', { name: 'Delivery limit' })).toHaveCount(0);
      await form.getByLabel('Name').fill(stream);
      await form.getByRole('button', { name: 'Max time retention' }).click();
      await form.getByLabel('Arguments 1 value').fill('2D');
      await form.getByRole('button', { name: 'Add queue' }).click();
      await expect(page.getByText(`Queue ${stream} added to virtual host /`)).toBeVisible();
      expect(await mgmt('GET', `/queues/%2F/${enc(stream)}`)).toMatchObject({ type: 'stream', durable: true, arguments: { 'x-max-age': '2D' } });
    } finally {
      await deleteQueue('/', quorum);
      await deleteQueue('/', stream);
    }
  });

  test('the add form explains refusals where the user acted: 406 redeclare, already exists, amq., too long', async ({ page }) => {
    const name = uniqueName('e2e-qui-redeclare');
    try {
      await mgmt('PUT', `/queues/%2F/${enc(name)}`, { durable: true, arguments: { 'x-queue-type': 'classic', 'x-message-ttl': 1000 } });
      await page.goto('/queues');
      const form = addForm(page);
      const nameField = form.getByLabel('Name');

      await nameField.fill(name);
      await form.getByRole('button', { name: 'Message TTL' }).click();
      await form.getByLabel('Arguments 1 value').fill('2000');
      await form.getByRole('button', { name: 'Add queue' }).click();
      await expect(form.getByRole('alert')).toContainText("inequivalent arg 'x-message-ttl'");

      await form.getByLabel('Arguments 1 value').fill('1000');
      await form.getByRole('button', { name: 'Add queue' }).click();
      await expect(nameField).toHaveAttribute('aria-invalid', 'true');
      await expect(form.getByText(`Queue "${name}" already exists in virtual host "/"`)).toBeVisible();

      await nameField.fill('amq.mine');
      await form.getByRole('button', { name: 'Add queue' }).click();
      await expect(form.getByText('Names starting with “amq.” are reserved for the broker.')).toBeVisible();

      // 86 Chinese characters are 258 bytes: refused before reaching the broker.
      await nameField.fill('水'.repeat(86));
      await form.getByRole('button', { name: 'Add queue' }).click();
      await expect(form.getByText('Queue names are at most 255 bytes of UTF-8; this one is 258 bytes.')).toBeVisible();
      expect(await queueExists('/', '水'.repeat(86))).toBe(false);
    } finally {
      await deleteQueue('/', name);
    }
  });

  test('the queue page shows details, messages, consumers and bindings', async ({ page }) => {
    const name = uniqueName('e2e-qui-detail');
    const tag = uniqueName('e2e-tag');
    const connection = await amqpConnection('/');
    try {
      await mgmt('PUT', `/queues/%2F/${enc(name)}`, { durable: true, arguments: { 'x-max-length': 100 } });
      await publishMessages('/', name, 3, { declare: false });
      const channel = await connection.createChannel();
      await channel.prefetch(2);
      await channel.consume(name, () => undefined, { consumerTag: tag });

      await page.goto(`/queues/%2F/${enc(name)}`);
      await expect(page.getByRole('heading', { name: `Queue ${name}`, level: 1 })).toBeVisible();
      await expect(page.getByTestId('queue-type')).toHaveText('classic');
      await expect(page.getByTestId('queue-features').locator('abbr[title="x-max-length: 100"]')).toHaveText('Lim');
      // Two are delivered (prefetch 2) and unacknowledged, one is ready.
      await expect(page.getByTestId('messages-total')).toHaveText('3', { timeout: 15_000 });
      await expect(page.getByTestId('messages-unacked')).toHaveText('2');
      await expect(page.getByTestId('messages-ready')).toHaveText('1');
      await expect(page.getByTestId('queue-consumers')).toHaveText('1');

      const consumers = page.getByRole('table', { name: 'Consumers' });
      const consumerRow = consumers.getByRole('row').filter({ hasText: tag });
      await expect(consumerRow).toBeVisible();
      await expect(consumerRow.getByRole('cell').nth(4)).toHaveText('2');
      await expect(consumerRow.getByRole('link')).toHaveAttribute('href', /^\/channels\//);
      await expect(page.getByRole('heading', { name: 'Bindings' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Message rates' })).toBeVisible();
    } finally {
      await connection.close().catch(() => undefined);
      await deleteQueue('/', name);
    }
  });

  test('purge from the queue page asks first, then empties the queue', async ({ page }) => {
    const name = uniqueName('e2e-qui-purge');
    try {
      await publishMessages('/', name, 4);
      await openQueuePage(page, '/', name);
      await page.getByRole('button', { name: 'Purge', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Purge queue ${name}?` });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Purge' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`Purged queue ${name}`)).toBeVisible();
      expect(await messageCount('/', name)).toBe(0);
    } finally {
      await deleteQueue('/', name);
    }
  });

  test('delete from the queue page: if-empty is honoured, the name must be typed, then back to the list', async ({ page }) => {
    const name = uniqueName('e2e-qui-delete');
    try {
      await publishMessages('/', name, 1);
      await openQueuePage(page, '/', name);
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Delete queue ${name}?` });
      const confirm = dialog.getByRole('button', { name: 'Delete' });
      await expect(confirm).toBeDisabled();
      await dialog.getByLabel('Only if empty').check();
      await dialog.getByLabel(`Type “${name}” to confirm`).fill(name);
      await confirm.click();
      await expect(dialog.getByRole('alert')).toContainText('is not empty, so it was not deleted');
      expect(await queueExists('/', name)).toBe(true);

      await dialog.getByLabel('Only if empty').uncheck();
      await confirm.click();
      await expect(page).toHaveURL((url) => url.pathname === '/queues' && url.searchParams.get('vhost') === '/');
      await expect(page.getByText(`Deleted queue ${name}`)).toBeVisible();
      expect(await queueExists('/', name)).toBe(false);
    } finally {
      await deleteQueue('/', name);
    }
  });

  test('bulk purge and delete with one confirmation; failures are reported and stay selected', async ({ page }) => {
    const prefix = uniqueName('e2e-qui-bulk');
    const [a, b] = [`${prefix}-a`, `${prefix}-b`];
    const stream = `${prefix}-stream`;
    try {
      await publishMessages('/', a, 2);
      await publishMessages('/', b, 2);
      await mgmt('PUT', `/queues/%2F/${enc(stream)}`, { durable: true, arguments: { 'x-queue-type': 'stream' } });
      await page.goto(`/queues?vhost=${enc('/')}&name=${enc(prefix)}`);
      await expect(queueLink(page, stream)).toBeVisible();

      await page.getByRole('checkbox', { name: 'Select all queues on this page' }).check();
      await expect(page.getByText('3 selected')).toBeVisible();
      await page.getByRole('button', { name: 'Purge selected' }).click();
      const purge = page.getByRole('dialog', { name: 'Purge 3 selected queues?' });
      await expect(purge.getByRole('list', { name: 'Selected queues' }).getByRole('listitem')).toHaveText([a, b, stream]);
      await purge.getByRole('button', { name: 'Purge 3 queues' }).click();
      await expect(purge).toBeHidden();

      const report = page.getByRole('alert').filter({ hasText: 'Could not purge 1 of 3 queues' });
      await expect(report).toContainText(`${stream}: queue.purge not supported by stream queues`);
      await expect(page.getByText('1 selected')).toBeVisible();
      await expect(page.getByRole('checkbox', { name: `Select queue ${stream}` })).toBeChecked();
      expect(await messageCount('/', a)).toBe(0);
      expect(await messageCount('/', b)).toBe(0);

      await page.getByRole('checkbox', { name: 'Select all queues on this page' }).check();
      await page.getByRole('button', { name: 'Delete selected' }).click();
      const remove = page.getByRole('dialog', { name: 'Delete 3 selected queues?' });
      await remove.getByLabel('Type “delete 3 queues” to confirm').fill('delete 3 queues');
      await remove.getByRole('button', { name: 'Delete 3 queues' }).click();
      await expect(page.getByText('Deleted 3 queues')).toBeVisible();
      // "No queues yet" or "No match for this filter", depending on what else is in "/".
      await expect(page.getByRole('cell', { name: /^No (queues yet|match for this filter)\.$/ })).toBeVisible();
      for (const name of [a, b, stream]) expect(await queueExists('/', name)).toBe(false);
    } finally {
      await Promise.all([a, b, stream].map((name) => deleteQueue('/', name)));
    }
  });

  test('awkward names work end to end: add, list, link, page, purge, delete', async ({ page }) => {
    const name = `${uniqueName('e2e q')}/100%25 #?x=1 "quoted" <script>alert(1)</script> 水续传`;
    try {
      await page.goto(`/queues?vhost=${enc('/')}`);
      const form = addForm(page);
      await form.getByLabel('Name').fill(name);
      await form.getByRole('button', { name: 'Add queue' }).click();
      await expect(page.getByText(`Queue ${name} added to virtual host /`)).toBeVisible();
      expect(await queueExists('/', name)).toBe(true);

      await page.getByRole('searchbox', { name: 'Filter' }).fill(name);
      // Once the filter is in the URL, no debounced update can pull the page back after the click.
      await expect(page).toHaveURL((url) => url.searchParams.get('name') === name);
      await queueLink(page, name).click();
      await expect(page).toHaveURL((url) => url.pathname === `/queues/%2F/${enc(name)}`);
      await expect(page.getByRole('heading', { name: `Queue ${name}`, level: 1 })).toBeVisible();
      await expect(page.getByTestId('queue-type')).toHaveText('classic');

      // A fresh load renders it on the server from the encoded URL.
      await openQueuePage(page, '/', name);

      await page.getByRole('button', { name: 'Purge', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Purge' }).click();
      await expect(page.getByText(`Purged queue ${name}`)).toBeVisible();

      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox').fill(name);
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await expect(page).toHaveURL((url) => url.pathname === '/queues');
      expect(await queueExists('/', name)).toBe(false);
    } finally {
      await deleteQueue('/', name);
    }
  });

  test('a queue that does not exist says so, with a way back', async ({ page }) => {
    const name = uniqueName('e2e-qui-missing');
    await page.goto(`/queues/%2F/${enc(name)}`);
    await expect(page.getByText(`Queue ${name} not found in virtual host /`)).toBeVisible();
    await page.getByRole('link', { name: 'All queues' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/queues');
  });
});

test.describe('queues as a management user limited to team-a', () => {
  test.use({ storageState: authFile('management') });

  test('sees and adds only team-a queues', async ({ page }) => {
    const mine = uniqueName('e2e-qui-team');
    const theirs = uniqueName('e2e-qui-root');
    const added = uniqueName('e2e-qui-team-added');
    try {
      await mgmt('PUT', `/queues/team-a/${enc(mine)}`, { durable: true });
      await mgmt('PUT', `/queues/%2F/${enc(theirs)}`, { durable: true });

      await page.goto(`/queues?name=${enc('e2e-qui-(team|root)')}&regex=1`);
      await expect(queueLink(page, mine)).toBeVisible();
      await expect(queueLink(page, theirs)).toHaveCount(0);
      await expect(page.getByRole('columnheader', { name: /Virtual host/ })).toHaveCount(0);

      const form = addForm(page);
      await expect(form.getByLabel('Virtual host')).toHaveValue('team-a');
      await expect(form.getByLabel('Virtual host').getByRole('option')).toHaveText(['team-a']);
      await form.getByLabel('Name').fill(added);
      await form.getByRole('button', { name: 'Add queue' }).click();
      await expect(page.getByText(`Queue ${added} added to virtual host team-a`)).toBeVisible();
      expect(await queueExists('team-a', added)).toBe(true);

      // Another vhost's queue page is refused by the broker, and the user stays logged in.
      await page.goto(`/queues/%2F/${enc(theirs)}`);
      await expect(page.getByRole('alert').filter({ hasText: `Could not load Queue ${theirs}` })).toContainText(/not authorised|Access refused/i);
      await expect(page.getByTestId('current-user')).toHaveText(TEST_USERS.management.username);
    } finally {
      await deleteQueue('team-a', mine);
      await deleteQueue('team-a', added);
      await deleteQueue('/', theirs);
    }
  });
});
