import fs from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createVhost, enc, mgmt, uniqueName } from './support/broker';
import { authFile } from './support/env';

// Admin → Policies and Admin → Definitions against the real broker, in vhosts of the spec's own
// (removed after). Every action is checked at the broker. Names carry markup that must stay text:
// any browser dialog (an alert() that ran) fails the test.

const MARKUP = '<img src=x onerror=alert(1)>';

interface BrokerPolicy {
  pattern: string;
  'apply-to': string;
  priority: number;
  definition: Record<string, unknown>;
}
interface BrokerQueue {
  policy: string | null;
  operator_policy: string | null;
  effective_policy_definition: Record<string, unknown> | [];
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

const putQueue = (vhost: string, name: string, args: Record<string, unknown> = {}) =>
  mgmt('PUT', `/queues/${enc(vhost)}/${enc(name)}`, { durable: true, auto_delete: false, arguments: args });
const putPolicy = (vhost: string, name: string, body: BrokerPolicy, kind = 'policies') => mgmt('PUT', `/${kind}/${enc(vhost)}/${enc(name)}`, body);
const brokerPolicy = (vhost: string, name: string, kind = 'policies') =>
  mgmt<BrokerPolicy>('GET', `/${kind}/${enc(vhost)}/${enc(name)}`).catch((error: Error) => {
    if (/ → 404 /.test(error.message)) return null;
    throw error;
  });
const queueState = (vhost: string, name: string) =>
  mgmt<BrokerQueue>('GET', `/queues/${enc(vhost)}/${enc(name)}?columns=policy,operator_policy,effective_policy_definition`);
const queueExists = (vhost: string, name: string) =>
  mgmt('GET', `/queues/${enc(vhost)}/${enc(name)}?columns=name`).then(
    () => true,
    () => false,
  );
/** The management API's statistics show a new policy on a queue a few seconds later. */
const POLICY_LAG = { timeout: 20_000, intervals: [500] };

const policyForm = (page: Page) => page.getByRole('form', { name: 'Add / update a policy' });
const operatorForm = (page: Page) => page.getByRole('form', { name: 'Add / update an operator policy' });
const section = (page: Page, heading: string) => page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });

test.describe('policies as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('adds a policy with the max-length helper after the preview lists the matching queues; the queue takes it; update and delete', async ({ page }) => {
    // Four waits for the broker's statistics to show a policy change on a queue (about 5 s each).
    test.slow();
    const dialogs = watchDialogs(page);
    const vhost = uniqueName('e2e-pol');
    const removeVhost = await createVhost(vhost);
    try {
      await Promise.all([putQueue(vhost, 'orders.eu'), putQueue(vhost, 'orders.us'), putQueue(vhost, 'Orders.big'), putQueue(vhost, 'invoices')]);
      await putPolicy(vhost, 'low', { pattern: '^orders\\.us$', 'apply-to': 'queues', priority: 0, definition: { 'message-ttl': 1000 } });
      await expect.poll(async () => (await queueState(vhost, 'orders.us')).policy, POLICY_LAG).toBe('low');

      await page.goto(`/admin/policies?vhost=${enc(vhost)}`);
      await expect(page.getByRole('heading', { name: 'Policies', level: 1 })).toBeVisible();
      const form = policyForm(page);
      await form.getByLabel('Name').fill('cap');
      await form.getByRole('button', { name: 'Max length', exact: true }).click();
      await expect(form.getByLabel('Definition 1 key')).toHaveValue('max-length');
      await expect(form.getByLabel('Definition 1 type')).toHaveValue('number');
      await form.getByLabel('Definition 1 value').fill('5');
      await form.getByLabel('Priority').fill('3');
      await form.getByRole('textbox', { name: 'Pattern', exact: true }).fill('^orders\\.');

      // The preview, before anything is saved: case-sensitive, as the policy will match.
      const queues = form.getByRole('table', { name: 'Queues' });
      await expect(form.getByText('Queues: 2 of 4 match')).toBeVisible();
      await expect(queues.getByRole('row', { name: /orders\.eu/ })).toContainText('Applies (no policy applies today)');
      await expect(queues.getByRole('row', { name: /orders\.us/ })).toContainText('Applies instead of low (priority 0)');
      await expect(queues.getByRole('row', { name: /Orders\.big|invoices/ })).toHaveCount(0);
      await expect(form.getByText('No exchange matches now.')).toBeVisible();
      expect(await brokerPolicy(vhost, 'cap')).toBeNull();

      await form.getByRole('button', { name: 'Save policy' }).click();
      await expect(page.getByText(`Policy cap added in virtual host ${vhost}`)).toBeVisible();
      expect(await brokerPolicy(vhost, 'cap')).toEqual({ vhost, name: 'cap', pattern: '^orders\\.', 'apply-to': 'all', priority: 3, definition: { 'max-length': 5 } });
      await expect.poll(async () => queueState(vhost, 'orders.eu'), POLICY_LAG).toMatchObject({ policy: 'cap', effective_policy_definition: { 'max-length': 5 } });
      await expect.poll(async () => (await queueState(vhost, 'orders.us')).policy, POLICY_LAG).toBe('cap');
      expect((await queueState(vhost, 'invoices')).policy).toBeNull();

      // Update it on its page.
      const list = page.getByRole('table', { name: 'User policies' });
      await list.getByRole('link', { name: 'cap', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Policy cap', level: 1 })).toBeVisible();
      const edit = page.getByRole('form', { name: 'Update this policy' });
      await expect(edit.getByLabel('Definition 1 value')).toHaveValue('5');
      await edit.getByLabel('Definition 1 value').fill('7');
      await expect(edit.getByRole('table', { name: 'Queues' }).getByRole('row', { name: /orders\.eu/ })).toContainText('Applies today, and still will');
      await edit.getByRole('button', { name: 'Save policy' }).click();
      await expect(page.getByText(`Policy cap updated in virtual host ${vhost}`)).toBeVisible();
      expect((await brokerPolicy(vhost, 'cap'))?.definition).toEqual({ 'max-length': 7 });
      await expect.poll(async () => (await queueState(vhost, 'orders.eu')).effective_policy_definition, POLICY_LAG).toEqual({ 'max-length': 7 });

      // Delete it: the name typed to confirm.
      await page.getByRole('button', { name: 'Delete policy' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete policy cap?' });
      await expect(dialog.getByRole('button', { name: 'Delete policy' })).toBeDisabled();
      await dialog.getByLabel('Type “cap” to confirm').fill('cap');
      await dialog.getByRole('button', { name: 'Delete policy' }).click();
      await expect(page.getByText(`Policy cap deleted from virtual host ${vhost}`)).toBeVisible();
      await expect(page).toHaveURL(/\/admin\/policies\?vhost=/);
      expect(await brokerPolicy(vhost, 'cap')).toBeNull();
      await expect.poll(async () => (await queueState(vhost, 'orders.us')).policy, POLICY_LAG).toBe('low');
      expect(dialogs).toEqual([]);
    } finally {
      await removeVhost();
    }
  });

  test('refuses a pattern that is not a regular expression before anything is sent', async ({ page }) => {
    const vhost = uniqueName('e2e-pol-re');
    const removeVhost = await createVhost(vhost);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/policies\//.test(request.url())) sent.push(`${request.method()} ${request.url()}`);
    });
    try {
      await page.goto(`/admin/policies?vhost=${enc(vhost)}`);
      const form = policyForm(page);
      await form.getByLabel('Name').fill('broken');
      await form.getByRole('button', { name: 'Max length', exact: true }).click();
      await form.getByLabel('Definition 1 value').fill('5');
      await form.getByRole('textbox', { name: 'Pattern', exact: true }).fill('^(orders');
      await expect(form.getByRole('alert').filter({ hasText: /^Invalid regular expression: / })).toBeVisible();
      await expect(form.getByRole('textbox', { name: 'Pattern', exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(form.getByRole('button', { name: 'Save policy' })).toBeDisabled();
      await expect(form.getByText('Choose a virtual host and enter a pattern to see the queues and exchanges it matches.')).toBeVisible();
      expect(sent).toEqual([]);
      expect(await brokerPolicy(vhost, 'broken')).toBeNull();
    } finally {
      await removeVhost();
    }
  });

  test('adds an operator policy with its narrower helpers; the queue takes it; delete from the list', async ({ page }) => {
    const vhost = uniqueName('e2e-oppol');
    const removeVhost = await createVhost(vhost);
    try {
      await putQueue(vhost, 'jobs');
      await page.goto(`/admin/policies?vhost=${enc(vhost)}`);
      const form = operatorForm(page);
      // 3.10's operator keys only (the official form's overflow is refused by the broker).
      await expect(form.getByRole('button', { name: 'Overflow behaviour' })).toHaveCount(0);
      await expect(form.getByLabel('Apply to').getByRole('option')).toHaveText(['Queues']);
      await form.getByLabel('Name').fill('op-cap');
      await form.getByRole('button', { name: 'Max length bytes' }).click();
      await form.getByLabel('Definition 1 value').fill('1000000');
      await form.getByRole('textbox', { name: 'Pattern', exact: true }).fill('^jobs$');
      await expect(form.getByRole('table', { name: 'Queues' }).getByRole('row', { name: /jobs/ })).toContainText('Applies (no policy applies today)');
      await form.getByRole('button', { name: 'Save operator policy' }).click();
      await expect(page.getByText(`Operator policy op-cap added in virtual host ${vhost}`)).toBeVisible();
      expect(await brokerPolicy(vhost, 'op-cap', 'operator-policies')).toMatchObject({ pattern: '^jobs$', 'apply-to': 'queues', definition: { 'max-length-bytes': 1000000 } });
      await expect.poll(async () => queueState(vhost, 'jobs'), POLICY_LAG).toMatchObject({ operator_policy: 'op-cap', effective_policy_definition: { 'max-length-bytes': 1000000 } });

      const list = page.getByRole('table', { name: 'Operator policies' });
      await list.getByRole('button', { name: `Delete operator policy op-cap of virtual host ${vhost}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete operator policy op-cap?' });
      await dialog.getByLabel('Type “op-cap” to confirm').fill('op-cap');
      await dialog.getByRole('button', { name: 'Delete operator policy' }).click();
      await expect(page.getByText(`Operator policy op-cap deleted from virtual host ${vhost}`)).toBeVisible();
      expect(await brokerPolicy(vhost, 'op-cap', 'operator-policies')).toBeNull();
      await expect(list.getByRole('link', { name: 'op-cap' })).toHaveCount(0);
    } finally {
      await removeVhost();
    }
  });

  test('renders markup in policy names, patterns, definitions and queue names as text', async ({ page }) => {
    const dialogs = watchDialogs(page);
    const vhost = uniqueName('e2e-pol-xss');
    const removeVhost = await createVhost(vhost);
    const name = `p ${MARKUP}`;
    try {
      await putQueue(vhost, `q ${MARKUP}`);
      await putPolicy(vhost, name, { pattern: '^q <img', 'apply-to': 'queues', priority: 0, definition: { 'dead-letter-exchange': MARKUP } });
      await page.goto(`/admin/policies?vhost=${enc(vhost)}`);
      const list = page.getByRole('table', { name: 'User policies' });
      await expect(list.getByRole('link', { name, exact: true })).toBeVisible();
      await expect(list.getByText(`dead-letter-exchange = ${MARKUP}`)).toBeVisible();
      await list.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { name: `Policy ${name}`, level: 1 })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Queues' }).first().getByRole('link', { name: `q ${MARKUP}` })).toBeVisible();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      expect(dialogs).toEqual([]);
    } finally {
      await removeVhost();
    }
  });
});

test.describe('policies as policymaker', () => {
  test.use({ storageState: authFile('policymaker') });

  test('sees and changes the policies of its vhosts only; operator policies are read-only', async ({ page }) => {
    const mine = uniqueName('e2e-pol-mine');
    const theirs = uniqueName('e2e-pol-theirs');
    const removeMine = await createVhost(mine, ['admin', 'policymaker']);
    const removeTheirs = await createVhost(theirs, ['admin']);
    try {
      await putPolicy(mine, 'mine-p', { pattern: '^m', 'apply-to': 'all', priority: 0, definition: { 'max-length': 1 } });
      await putPolicy(theirs, 'theirs-p', { pattern: '^t', 'apply-to': 'all', priority: 0, definition: { 'max-length': 1 } });
      await page.goto('/admin/policies');
      const list = page.getByRole('table', { name: 'User policies' });
      await expect(list.getByRole('link', { name: 'mine-p', exact: true })).toBeVisible();
      await expect(list.getByRole('link', { name: 'theirs-p' })).toHaveCount(0);
      await expect(page.getByText('Operator policies are added and changed by administrators.')).toBeVisible();
      await expect(operatorForm(page)).toHaveCount(0);

      const form = policyForm(page);
      await expect(form.getByLabel('Virtual host').getByRole('option', { name: mine, exact: true })).toBeAttached();
      await expect(form.getByLabel('Virtual host').getByRole('option', { name: theirs, exact: true })).toHaveCount(0);
      await form.getByLabel('Virtual host').selectOption(mine);
      await form.getByLabel('Name').fill('added-by-policymaker');
      await form.getByRole('button', { name: 'Message TTL' }).click();
      await form.getByLabel('Definition 1 value').fill('60000');
      await form.getByRole('textbox', { name: 'Pattern', exact: true }).fill('.*');
      await expect(form.getByText('Queues: 0 of 0 match')).toBeVisible();
      await form.getByRole('button', { name: 'Save policy' }).click();
      await expect(page.getByText(`Policy added-by-policymaker added in virtual host ${mine}`)).toBeVisible();
      expect((await brokerPolicy(mine, 'added-by-policymaker'))?.definition).toEqual({ 'message-ttl': 60000 });

      // Warren's API directly: the other vhost is refused by the broker, and nothing changes there.
      const refused = await page.request.put(`/api/policies/${enc(theirs)}/sneaky`, {
        headers: { 'content-type': 'application/json' },
        data: { pattern: '.*', definition: { 'max-length': 1 } },
      });
      expect(refused.status()).toBe(403);
      expect((await refused.json()).error.code).toBe('ACCESS_REFUSED');
      expect(await brokerPolicy(theirs, 'sneaky')).toBeNull();
      const operator = await page.request.put(`/api/operator-policies/${enc(mine)}/sneaky`, {
        headers: { 'content-type': 'application/json' },
        data: { pattern: '.*', definition: { 'max-length': 1 } },
      });
      expect(operator.status()).toBe(403);
      expect(await brokerPolicy(mine, 'sneaky', 'operator-policies')).toBeNull();
    } finally {
      await Promise.all([removeMine(), removeTheirs()]);
    }
  });
});

test.describe('as a management user', () => {
  test.use({ storageState: authFile('management') });

  test('reaches neither policies nor definitions, through the UI or Warren’s API', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Admin', exact: true })).toHaveCount(0);
    for (const path of ['/admin/policies', '/admin/definitions', '/admin/policies/policy/team-a/x']) {
      await page.goto(path);
      await expect(page.getByText('Your user’s tags do not allow this view.')).toBeVisible();
    }
    const json = { 'content-type': 'application/json' };
    const answers = await Promise.all([
      page.request.get('/api/policies?vhost=team-a'),
      page.request.get('/api/operator-policies'),
      page.request.get(`/api/policies/preview?vhost=team-a&pattern=${enc('.*')}`),
      page.request.put('/api/policies/team-a/e2e-management', { headers: json, data: { pattern: '.*', definition: { 'max-length': 1 } } }),
      page.request.get('/api/definitions?vhost=team-a'),
      page.request.post('/api/definitions/preview', { headers: json, data: { vhost: 'team-a', definitions: {} } }),
    ]);
    expect(answers.map((answer) => answer.status())).toEqual([403, 403, 403, 403, 403, 403]);
    expect((await answers[4]!.json()).error.code).toBe('FORBIDDEN');
    expect(await brokerPolicy('team-a', 'e2e-management')).toBeNull();
  });
});

test.describe('definitions as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('exports a vhost’s definitions as a file that matches the broker’s', async ({ page }) => {
    const vhost = uniqueName('e2e-defs-out');
    const removeVhost = await createVhost(vhost);
    try {
      await putQueue(vhost, 'orders', { 'x-max-length': 10 });
      await putPolicy(vhost, 'cap', { pattern: '^o', 'apply-to': 'queues', priority: 1, definition: { 'max-length': 5 } });
      await page.goto(`/admin/definitions?vhost=${enc(vhost)}`);
      const exporter = section(page, 'Export definitions');
      await expect(exporter.getByLabel('Virtual host')).toHaveValue(vhost);
      const [download] = await Promise.all([page.waitForEvent('download'), exporter.getByRole('link', { name: 'Download definitions' }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^definitions-${vhost}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
      const file = JSON.parse(await fs.readFile(await download.path(), 'utf8'));
      expect(file).toEqual(await mgmt('GET', `/definitions/${enc(vhost)}`));
      expect(file.queues).toEqual([{ name: 'orders', durable: true, auto_delete: false, arguments: { 'x-max-length': 10 } }]);
    } finally {
      await removeVhost();
    }
  });

  test('imports a file after its preview shows a queue to create and a policy to change, then the broker has them', async ({ page }, testInfo) => {
    const dialogs = watchDialogs(page);
    const vhost = uniqueName('e2e-defs-in');
    const removeVhost = await createVhost(vhost);
    const created = `imported ${MARKUP}`;
    try {
      await putQueue(vhost, 'existing');
      await putPolicy(vhost, 'cap', { pattern: '^e', 'apply-to': 'queues', priority: 0, definition: { 'max-length': 1 } });
      const file = testInfo.outputPath('definitions.json');
      await fs.writeFile(
        file,
        JSON.stringify({
          queues: [
            { name: 'existing', durable: true, auto_delete: false, arguments: {} },
            { name: created, durable: true, auto_delete: false, arguments: { 'x-max-length': 3 } },
          ],
          policies: [{ vhost, name: 'cap', pattern: '^e', 'apply-to': 'queues', priority: 0, definition: { 'max-length': 2 } }],
        }),
      );
      await page.goto(`/admin/definitions?vhost=${enc(vhost)}`);
      const importer = section(page, 'Import definitions');
      await expect(importer.getByLabel('Import into')).toHaveValue(vhost);
      await importer.getByLabel('Definitions file').setInputFiles(file);

      const toCreate = page.getByRole('table', { name: /^Queues to create/ });
      await expect(toCreate.getByRole('row', { name: /imported/ })).toContainText('arguments = {"x-max-length":3}');
      const toChange = page.getByRole('table', { name: /^Policies to change/ });
      await expect(toChange.getByRole('row', { name: /cap/ })).toContainText('definition: {"max-length":1} → {"max-length":2}');
      await page.getByText('Show the 1 entry already the same').click();
      await expect(page.getByRole('table', { name: /^Queues already the same/ }).getByRole('row', { name: /existing/ })).toBeVisible();
      expect(await queueExists(vhost, created)).toBe(false);

      await importer.getByRole('button', { name: 'Import…' }).click();
      const dialog = page.getByRole('dialog', { name: `Import these definitions into virtual host ${vhost}?` });
      await expect(dialog).toContainText('1 object will be created and 1 existing object changed');
      await dialog.getByRole('button', { name: 'Import definitions' }).click();
      await expect(page.getByText('Imported: 1 created, 1 changed.')).toBeVisible();
      expect(await queueExists(vhost, created)).toBe(true);
      expect((await brokerPolicy(vhost, 'cap'))?.definition).toEqual({ 'max-length': 2 });
      // The preview of the same file now finds everything there.
      await expect(importer.getByText('Everything in the file is already there: there is nothing to import.')).toBeVisible();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      expect(dialogs).toEqual([]);
    } finally {
      await removeVhost();
    }
  });

  test('a broken file shows which entry and field, and changes nothing', async ({ page }, testInfo) => {
    const vhost = uniqueName('e2e-defs-bad');
    const removeVhost = await createVhost(vhost);
    try {
      await putQueue(vhost, 'existing');
      const before = await mgmt('GET', `/definitions/${enc(vhost)}`);
      const broken = testInfo.outputPath('broken.json');
      await fs.writeFile(
        broken,
        JSON.stringify({
          queues: [
            { name: 'fine', durable: true, auto_delete: false, arguments: {} },
            { name: 'bad', durable: true, auto_delete: false, arguments: { 'x-max-length': 'ten' } },
          ],
          policies: [{ name: 'p', pattern: '^(', definition: { 'max-length': 1 } }],
        }),
      );
      await page.goto(`/admin/definitions?vhost=${enc(vhost)}`);
      const importer = section(page, 'Import definitions');
      await importer.getByLabel('Definitions file').setInputFiles(broken);
      const problems = importer.getByRole('list', { name: 'Problems in the file' });
      await expect(importer.getByText('The file cannot be imported: 2 problems')).toBeVisible();
      await expect(problems.getByRole('listitem').filter({ hasText: 'queues[1].arguments.x-max-length: expected a number' })).toBeVisible();
      await expect(problems.getByRole('listitem').filter({ hasText: /^policies\[0\]\.pattern: Invalid regular expression/ })).toBeVisible();
      await expect(importer.getByRole('button', { name: 'Import…' })).toHaveCount(0);

      const notJson = testInfo.outputPath('not-json.json');
      await fs.writeFile(notJson, '{"queues": [');
      await importer.getByLabel('Definitions file').setInputFiles(notJson);
      await expect(importer.getByText(/^The file is not valid JSON: /)).toBeVisible();
      expect(await mgmt('GET', `/definitions/${enc(vhost)}`)).toEqual(before);
      expect(await queueExists(vhost, 'fine')).toBe(false);
    } finally {
      await removeVhost();
    }
  });
});
