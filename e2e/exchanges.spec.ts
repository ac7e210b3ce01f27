import { expect, test, type Page } from '@playwright/test';
import { enc, mgmt, uniqueName } from './support/broker';
import { authFile } from './support/env';

// Browser specs for the exchanges list, "Add a new exchange", the exchange page with its
// bindings and the route tester, against the real broker. Each test makes its own objects.

interface BrokerExchange {
  type: string;
  durable: boolean;
  auto_delete: boolean;
  internal: boolean;
  arguments: Record<string, unknown>;
}
interface BrokerBinding {
  source: string;
  destination: string;
  destination_type: string;
  routing_key: string;
  arguments: Record<string, unknown>;
}

const putExchange = (name: string, type: string, args: Record<string, unknown> = {}, vhost = '/') =>
  mgmt('PUT', `/exchanges/${enc(vhost)}/${enc(name)}`, { type, durable: false, arguments: args });
const putQueue = (name: string, vhost = '/') => mgmt('PUT', `/queues/${enc(vhost)}/${enc(name)}`, { durable: false });
const bind = (source: string, kind: 'q' | 'e', destination: string, routing_key: string, args: Record<string, unknown> = {}) =>
  mgmt('POST', `/bindings/%2F/e/${enc(source)}/${kind}/${enc(destination)}`, { routing_key, arguments: args });
async function cleanup(exchanges: string[], queues: string[] = []) {
  await Promise.all([
    ...exchanges.map((name) => mgmt('DELETE', `/exchanges/%2F/${enc(name)}`).catch(() => undefined)),
    ...queues.map((name) => mgmt('DELETE', `/queues/%2F/${enc(name)}`).catch(() => undefined)),
  ]);
}
const exchangeExists = (name: string) =>
  mgmt('GET', `/exchanges/%2F/${enc(name)}`).then(
    () => true,
    () => false,
  );

const exchangePage = (name: string, query = '') => `/exchanges/${enc('/')}/${enc(name)}${query}`;
const addForm = (page: Page) => page.getByRole('form', { name: 'Add a new exchange' });
const bindForm = (page: Page) => page.getByRole('form', { name: 'Add binding from this exchange' });
const routeForm = (page: Page) => page.getByRole('form', { name: 'Route tester' });
const routeResult = (page: Page) => page.getByTestId('route-result');
const queuesTable = (page: Page) => page.getByRole('table', { name: 'Queues that would receive it' });

test.describe('exchanges as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('filter, regex, sort and page size live in the URL; the heading counts what matched', async ({ page }) => {
    const prefix = uniqueName('e2e-xui-list');
    const [a, b, c] = ['a', 'b', 'c'].map((s) => `${prefix}-${s}`) as [string, string, string];
    try {
      await putExchange(a, 'topic');
      await putExchange(b, 'direct');
      await putExchange(c, 'fanout');
      await page.goto(`/exchanges?vhost=${enc('/')}`);
      await page.getByRole('searchbox', { name: 'Filter' }).fill(prefix);
      await expect(page.getByRole('heading', { name: /^All exchanges \(\d+, filtered down to 3\)$/ })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`name=${prefix}`));
      const table = page.getByRole('table', { name: 'All exchanges' });
      const names = () => table.getByRole('link').allTextContents();
      await expect.poll(async () => (await names()).sort()).toEqual([a, b, c]);
      await expect(table.getByRole('row', { name: new RegExp(b) })).toContainText('direct');

      // No sort by default (the broker's own order, as in the official UI); then name ascending, descending.
      await expect(table.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'none');
      await table.getByRole('button', { name: /^Name/ }).click();
      await expect(table.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'ascending');
      await expect.poll(names).toEqual([a, b, c]);
      await table.getByRole('button', { name: /^Name/ }).click();
      await expect(table.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'descending');
      await expect(page).toHaveURL(/sort=name&desc=1|desc=1.*sort=name/);
      await expect.poll(names).toEqual([c, b, a]);

      await page.getByRole('checkbox', { name: 'Regex' }).check();
      await page.getByRole('searchbox', { name: 'Filter' }).fill(`^${prefix}-(a|c)$`);
      await expect.poll(names).toEqual([c, a]);
      await expect(page).toHaveURL(/regex=1/);

      await page.getByRole('combobox', { name: 'Page size' }).selectOption('20');
      await expect(page).toHaveURL(/page_size=20/);
      // A reload keeps the view.
      await page.reload();
      await expect.poll(names).toEqual([c, a]);
    } finally {
      await cleanup([a, b, c]);
    }
  });

  test('adds a topic exchange; adding it again says it already exists', async ({ page }) => {
    const name = uniqueName('e2e-xui-add');
    try {
      await page.goto(`/exchanges?vhost=${enc('/')}`);
      const form = addForm(page);
      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Type').selectOption('topic');
      await form.getByRole('button', { name: 'Add exchange' }).click();
      await expect(page.getByText(`Exchange ${name} added`)).toBeVisible();
      expect(await mgmt<BrokerExchange>('GET', `/exchanges/%2F/${enc(name)}`)).toMatchObject({ type: 'topic', durable: true, internal: false });
      await page.getByRole('searchbox', { name: 'Filter' }).fill(name);
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();

      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Type').selectOption('topic');
      await form.getByRole('button', { name: 'Add exchange' }).click();
      await expect(form.getByRole('status')).toContainText(`Exchange ${name} already exists in virtual host / with these properties`);
    } finally {
      await cleanup([name]);
    }
  });

  test('adds a headers exchange with an alternate exchange; a redeclare with another type and amq. names are explained in the form', async ({ page }) => {
    const name = uniqueName('e2e-xui-hdr');
    try {
      await page.goto(`/exchanges?vhost=${enc('/')}`);
      const form = addForm(page);
      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Type').selectOption('headers');
      await form.getByLabel('Durability').selectOption('Transient');
      await form.getByLabel('Internal').selectOption('Yes');
      await form.getByRole('button', { name: 'Alternate exchange' }).click();
      await form.getByLabel('Arguments 1 value').fill('my-ae');
      await form.getByRole('button', { name: 'Add exchange' }).click();
      await expect(page.getByText(`Exchange ${name} added`)).toBeVisible();
      expect(await mgmt<BrokerExchange>('GET', `/exchanges/%2F/${enc(name)}`)).toMatchObject({
        type: 'headers',
        durable: false,
        internal: true,
        arguments: { 'alternate-exchange': 'my-ae' },
      });

      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Type').selectOption('fanout');
      await form.getByRole('button', { name: 'Add exchange' }).click();
      await expect(form.getByRole('alert')).toContainText('type is headers, not fanout');

      await form.getByLabel('Name').fill('amq.mine');
      await form.getByRole('button', { name: 'Add exchange' }).click();
      await expect(form.getByText('Names starting with “amq.” are reserved for the broker')).toBeVisible();
      await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    } finally {
      await cleanup([name]);
    }
  });

  test('the exchange page shows type, features and arguments; built-in exchanges cannot be deleted', async ({ page }) => {
    const name = uniqueName('e2e-xui-page');
    try {
      await putExchange(name, 'topic', { 'alternate-exchange': 'elsewhere', 'x-custom': 5 });
      await page.goto(exchangePage(name));
      await expect(page.getByRole('heading', { level: 1, name: `Exchange ${name}` })).toBeVisible();
      const details = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Details', exact: true }) });
      await expect(details).toContainText('topic');
      await expect(details.locator('abbr[data-feature="alternate-exchange"]')).toHaveAttribute('title', 'Alternate exchange: elsewhere');
      await expect(details.getByRole('link', { name: 'elsewhere' })).toBeVisible();
      await expect(details).toContainText('x-custom = 5');
      await expect(page.getByRole('button', { name: 'Delete' })).toBeEnabled();

      await page.goto(exchangePage('amq.direct'));
      await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled();
      await expect(page.getByText('amq.* exchanges are built in; RabbitMQ refuses to delete them')).toBeVisible();

      await page.goto(`/exchanges/${enc('/')}/amq.default`);
      await expect(page.getByRole('heading', { level: 1, name: 'Exchange (AMQP default)' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled();
      await expect(page.getByText('The default exchange is built in; RabbitMQ refuses to delete it')).toBeVisible();
      await expect(page.getByText(/implicitly bound to every queue/)).toBeVisible();
    } finally {
      await cleanup([name]);
    }
  });

  // Regression: "(AMQP default)" was the default exchange's page address, so a real exchange of
  // that name showed the default exchange's page (and could not be deleted from its own).
  test('a real exchange named "(AMQP default)" has a page of its own, apart from the default exchange', async ({ page }) => {
    const name = '(AMQP default)';
    try {
      await putExchange(name, 'fanout');
      await page.goto(`/exchanges?vhost=${enc('/')}&name=${enc('^\\(AMQP default\\)$')}&regex=1`);
      // Its link and the default exchange's own do not lead to the same page.
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL((url) => url.pathname === `/exchanges/%2F/${enc(name)}`);
      const details = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Details', exact: true }) });
      await expect(details).toContainText('fanout');
      await expect(page.getByText(/implicitly bound to every queue/)).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Delete' })).toBeEnabled();

      await page.goto(`/exchanges/${enc('/')}/amq.default`);
      await expect(page.locator('section').filter({ has: page.getByRole('heading', { name: 'Details', exact: true }) })).toContainText('direct');
      await expect(page.getByText(/implicitly bound to every queue/)).toBeVisible();
    } finally {
      await cleanup([name]);
    }
  });

  test('binds a queue and an exchange from the exchange page, then unbinds after confirming', async ({ page }) => {
    const source = uniqueName('e2e-xui-src');
    const target = uniqueName('e2e-xui-dst');
    const queue = uniqueName('e2e-xui-q');
    try {
      await putExchange(source, 'topic');
      await putExchange(target, 'fanout');
      await putQueue(queue);
      await page.goto(exchangePage(source));
      const form = bindForm(page);
      await form.getByLabel('Queue name').fill(queue);
      await form.getByLabel('Routing key').fill('order.#');
      await form.getByRole('button', { name: 'Add argument' }).click();
      await form.getByLabel('Arguments 1 key').fill('priority');
      await form.getByLabel('Arguments 1 value').fill('3');
      await form.getByLabel('Arguments 1 type').selectOption('number');
      await form.getByRole('button', { name: 'Bind' }).click();
      const outgoing = page.getByRole('table', { name: 'Bindings from this exchange' });
      await expect(outgoing.getByRole('row', { name: new RegExp(queue) })).toContainText('order.#');
      await expect(outgoing.getByRole('row', { name: new RegExp(queue) })).toContainText('priority = 3');

      await form.getByLabel('Destination type').selectOption('exchange');
      await form.getByLabel('Exchange name').fill(target);
      await form.getByLabel('Routing key').fill('audit.*');
      await form.getByRole('button', { name: 'Bind' }).click();
      await expect(outgoing.getByRole('row', { name: new RegExp(target) })).toContainText('exchange');

      const bindings = await mgmt<BrokerBinding[]>('GET', `/exchanges/%2F/${enc(source)}/bindings/source`);
      expect(bindings.map((b) => [b.destination_type, b.destination, b.routing_key, b.arguments])).toEqual(
        expect.arrayContaining([
          ['queue', queue, 'order.#', { priority: 3 }],
          ['exchange', target, 'audit.*', {}],
        ]),
      );

      // The destination exchange lists it as incoming, linking back.
      await outgoing.getByRole('link', { name: target }).click();
      const incoming = page.getByRole('table', { name: 'Bindings to this exchange' });
      await expect(incoming.getByRole('link', { name: source })).toBeVisible();
      await page.goBack();

      await outgoing.getByRole('row', { name: new RegExp(queue) }).getByRole('button', { name: 'Unbind' }).click();
      const dialog = page.getByRole('dialog', { name: 'Unbind?' });
      await expect(dialog).toContainText(`from ${source} to ${queue} with routing key “order.#”`);
      await dialog.getByRole('button', { name: 'Unbind' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText('Binding removed')).toBeVisible();
      await expect(outgoing.getByRole('row', { name: new RegExp(queue) })).toHaveCount(0);
      const after = await mgmt<BrokerBinding[]>('GET', `/exchanges/%2F/${enc(source)}/bindings/source`);
      expect(after.map((b) => b.destination)).toEqual([target]);
    } finally {
      await cleanup([source, target], [queue]);
    }
  });

  test('the queue page’s bindings: add a binding to the queue; the default binding cannot be unbound', async ({ page }) => {
    const exchange = uniqueName('e2e-xui-qb');
    const queue = uniqueName('e2e-xui-qbq');
    try {
      await putExchange(exchange, 'direct');
      await putQueue(queue);
      await page.goto(`/queues/${enc('/')}/${enc(queue)}`);
      const form = page.getByRole('form', { name: 'Add binding to this queue' });
      await form.getByLabel('From exchange').fill(exchange);
      await form.getByLabel('Routing key').fill('created');
      await form.getByRole('button', { name: 'Bind' }).click();
      const table = page.getByRole('table', { name: `Bindings of queue ${queue}` });
      await expect(table.getByRole('row', { name: new RegExp(exchange) })).toContainText('created');
      const defaultRow = table.getByRole('row', { name: /\(AMQP default\)/ });
      await expect(defaultRow).toContainText('Default binding: cannot be unbound');
      await expect(defaultRow.getByRole('button', { name: 'Unbind' })).toHaveCount(0);
      const bindings = await mgmt<BrokerBinding[]>('GET', `/queues/%2F/${enc(queue)}/bindings`);
      expect(bindings.map((b) => [b.source, b.routing_key])).toEqual([
        ['', queue],
        [exchange, 'created'],
      ]);

      await form.getByLabel('From exchange').fill('');
      await form.getByRole('button', { name: 'Bind' }).click();
      await expect(form.getByText('Enter the exchange to bind from')).toBeVisible();
    } finally {
      await cleanup([exchange], [queue]);
    }
  });

  test('delete asks first; if-unused keeps an exchange that has bindings; then it is deleted', async ({ page }) => {
    const name = uniqueName('e2e-xui-del');
    const queue = uniqueName('e2e-xui-delq');
    try {
      await putExchange(name, 'direct');
      await putQueue(queue);
      await bind(name, 'q', queue, 'k');
      await page.goto(exchangePage(name));
      await page.getByRole('button', { name: 'Delete' }).click();
      const dialog = page.getByRole('dialog', { name: `Delete exchange ${name}?` });
      await dialog.getByLabel('Only if unused (no bindings from it)').check();
      await dialog.getByRole('button', { name: 'Delete exchange' }).click();
      await expect(dialog.getByRole('alert')).toContainText('is in use');
      expect(await exchangeExists(name)).toBe(true);

      await dialog.getByLabel('Only if unused (no bindings from it)').uncheck();
      await dialog.getByRole('button', { name: 'Delete exchange' }).click();
      // The toast says so at once (it fades after a few seconds), then the list shows.
      await expect(page.getByText(`Exchange ${name} deleted`)).toBeVisible();
      await expect(page).toHaveURL(/\/exchanges\?vhost=%2F$/);
      expect(await exchangeExists(name)).toBe(false);
    } finally {
      await cleanup([name], [queue]);
    }
  });

  test('route tester: a topic key through an exchange-to-exchange binding, and an unroutable key', async ({ page }) => {
    const id = uniqueName('e2e-xui-rt');
    const topic = `${id}-topic`;
    const inner = `${id}-inner`;
    const [eu, audit] = [`${id}-eu`, `${id}-audit`];
    try {
      await putExchange(topic, 'topic');
      await putExchange(inner, 'fanout');
      await putQueue(eu);
      await putQueue(audit);
      await bind(topic, 'q', eu, 'order.*.eu');
      await bind(topic, 'e', inner, '#.eu');
      await bind(inner, 'q', audit, '');
      await page.goto(exchangePage(topic));
      const form = routeForm(page);
      await form.getByLabel('Routing key').fill('order.new.eu');
      await form.getByRole('button', { name: 'Test route' }).click();
      await expect(routeResult(page).getByRole('status')).toHaveText('Delivered to 2 queues');
      const auditRow = queuesTable(page).getByRole('row', { name: new RegExp(audit) });
      await expect(auditRow).toContainText(`${topic}#.eu→${inner}fanout→${audit}`);
      await expect(queuesTable(page).getByRole('row', { name: new RegExp(eu) })).toContainText('order.*.eu');
      // The test is in the URL: a reload shows the same result.
      await expect(page).toHaveURL(/rk=order\.new\.eu/);
      await page.reload();
      await expect(routeResult(page).getByRole('status')).toHaveText('Delivered to 2 queues');

      await form.getByLabel('Routing key').fill('invoice.us');
      await form.getByRole('button', { name: 'Test route' }).click();
      await expect(routeResult(page).getByRole('alert')).toContainText('Unroutable: no queue receives this message');
      await expect(queuesTable(page)).toHaveCount(0);
    } finally {
      await cleanup([topic, inner], [eu, audit]);
    }
  });

  test('headers exchange: bind with the x-match helper, then route by header rows; the alternate exchange takes the rest', async ({ page }) => {
    const id = uniqueName('e2e-xui-hrt');
    const headers = `${id}-hdr`;
    const ae = `${id}-ae`;
    const [pdf, rest] = [`${id}-pdf`, `${id}-rest`];
    try {
      await putExchange(ae, 'fanout');
      await putExchange(headers, 'headers', { 'alternate-exchange': ae });
      await putQueue(pdf);
      await putQueue(rest);
      await bind(ae, 'q', rest, '');
      await page.goto(exchangePage(headers));

      const form = bindForm(page);
      await form.getByLabel('Queue name').fill(pdf);
      await form.getByLabel('x-match').selectOption('any');
      await form.getByRole('button', { name: 'Add argument' }).click();
      await form.getByLabel('Arguments 2 key').fill('format');
      await form.getByLabel('Arguments 2 value').fill('pdf');
      await form.getByRole('button', { name: 'Bind' }).click();
      await expect(page.getByRole('table', { name: 'Bindings from this exchange' }).getByRole('row', { name: new RegExp(pdf) })).toContainText(
        'x-match = any',
      );
      const [binding] = await mgmt<BrokerBinding[]>('GET', `/exchanges/%2F/${enc(headers)}/bindings/source`);
      expect(binding!.arguments).toEqual({ 'x-match': 'any', format: 'pdf' });

      const tester = routeForm(page);
      await tester.getByRole('button', { name: 'Add argument' }).click();
      await tester.getByLabel('Headers 1 key').fill('format');
      await tester.getByLabel('Headers 1 value').fill('pdf');
      await tester.getByRole('button', { name: 'Test route' }).click();
      await expect(queuesTable(page).getByRole('row', { name: new RegExp(pdf) })).toContainText('format = pdf');
      await expect(queuesTable(page).getByRole('row')).toHaveCount(2);

      await tester.getByLabel('Headers 1 value').fill('zip');
      await tester.getByRole('button', { name: 'Test route' }).click();
      const restRow = queuesTable(page).getByRole('row', { name: new RegExp(rest) });
      await expect(restRow).toContainText('(alternate exchange (argument))');
      await expect(page.getByRole('table', { name: 'Exchanges on the way' })).toContainText(`nothing matched: alternate exchange ${ae}`);
    } finally {
      await cleanup([headers, ae], [pdf, rest]);
    }
  });

  test('awkward names work end to end: list link, page, bind, route test, delete', async ({ page }) => {
    const name = `${uniqueName('e2e-xui')} a/b%41c#d?e "q" 'x' <script>alert(1)</script> 交换机`;
    const queue = `${uniqueName('e2e-xui')} q/%#? <b>队列</b>`;
    try {
      await putExchange(name, 'direct');
      await putQueue(queue);
      await page.goto(`/exchanges?vhost=${enc('/')}`);
      await page.getByRole('searchbox', { name: 'Filter' }).fill(name.slice(0, 22));
      // The filter reaches the URL after a debounce; clicking before would race that navigation.
      await expect(page).toHaveURL(/name=/);
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: `Exchange ${name}` })).toBeVisible();

      const form = bindForm(page);
      await form.getByLabel('Queue name').fill(queue);
      await form.getByLabel('Routing key').fill('键/#?');
      await form.getByRole('button', { name: 'Bind' }).click();
      const row = page.getByRole('table', { name: 'Bindings from this exchange' }).getByRole('row', { name: /键/ });
      await expect(row.getByRole('link', { name: queue })).toBeVisible();

      const tester = routeForm(page);
      await tester.getByLabel('Routing key').fill('键/#?');
      await tester.getByRole('button', { name: 'Test route' }).click();
      await expect(queuesTable(page).getByRole('link', { name: queue })).toBeVisible();

      await row.getByRole('button', { name: 'Unbind' }).click();
      await page.getByRole('dialog', { name: 'Unbind?' }).getByRole('button', { name: 'Unbind' }).click();
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect(page.getByRole('table', { name: 'Bindings from this exchange' })).toContainText('No bindings from this exchange yet.');

      await page.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete exchange' }).click();
      await expect(page).toHaveURL(/\/exchanges\?vhost=%2F$/);
      expect(await exchangeExists(name)).toBe(false);
    } finally {
      await cleanup([name], [queue]);
    }
  });
});

test.describe('exchanges as a management user limited to team-a', () => {
  test.use({ storageState: authFile('management') });

  test('sees only team-a exchanges', async ({ page }) => {
    const name = uniqueName('e2e-xui-team');
    try {
      await putExchange(name, 'fanout', {}, 'team-a');
      await page.goto('/exchanges?page_size=500');
      const table = page.getByRole('table', { name: 'All exchanges' });
      await expect(table.getByRole('link', { name, exact: true })).toBeVisible();
      // One vhost visible: the vhost column is hidden, and nothing of "/" appears.
      const hrefs = await table.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(5);
      expect(hrefs.every((href) => href.startsWith('/exchanges/team-a/'))).toBe(true);
    } finally {
      await mgmt('DELETE', `/exchanges/team-a/${enc(name)}`).catch(() => undefined);
    }
  });
});
