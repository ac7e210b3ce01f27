import { expect, test, type Page } from '@playwright/test';
import { createVhost, enc, mgmt, publishMessages, uniqueName } from './support/broker';
import { authFile, TEST_USERS } from './support/env';

// Admin → Virtual hosts, Cluster and Audit log against the real broker. Every vhost here is the
// spec's own (uniquely named, removed after); the cluster name is restored. Names carry markup
// that must stay text: any browser dialog (an alert() that ran) fails the test.

const MARKUP = '<img src=x onerror=alert(1)>';
const vhostSelect = (page: Page) => page.getByRole('combobox', { name: 'Virtual host' });

interface BrokerVhost {
  name: string;
  description: string;
  tags: string[];
}

/** Collects browser dialogs: an alert() from a name rendered as markup would land here. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function vhostExists(name: string): Promise<boolean> {
  return mgmt('GET', `/vhosts/${enc(name)}?columns=name`).then(
    () => true,
    () => false,
  );
}

const removeVhost = (name: string) => mgmt('DELETE', `/vhosts/${enc(name)}`).catch(() => undefined);

test.describe('virtual hosts as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('adds a vhost, sees it in the selector, edits it, sets and removes a limit, and deletes it with its queues and messages', async ({ page }) => {
    const dialogs = watchDialogs(page);
    const name = uniqueName(`e2e-vh ${MARKUP}`);
    try {
      await page.goto('/admin/vhosts');
      await expect(page.getByRole('heading', { name: 'Virtual hosts', level: 1 })).toBeVisible();
      const form = page.getByRole('form', { name: 'Add a new virtual host' });
      // 3.10 drops a default queue type: the form says so instead of offering it.
      await expect(form.getByText(/does not keep a virtual host’s default queue type/)).toBeVisible();
      await expect(form.getByLabel('Default queue type')).toHaveCount(0);
      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Description').fill(`made by e2e ${MARKUP}`);
      // The broker garbles tags outside ASCII ("水" reads back "æ°´"): refused before it is asked.
      await form.getByLabel('Tags').fill('e2e, 水');
      await form.getByRole('button', { name: 'Add virtual host' }).click();
      await expect(form.getByText(/RabbitMQ garbles vhost tags outside printable ASCII/)).toBeVisible();
      expect(await vhostExists(name)).toBe(false);
      await form.getByLabel('Tags').fill('e2e, prod-1, e2e');
      await form.getByRole('button', { name: 'Add virtual host' }).click();
      await expect(page.getByText(`Virtual host ${name} added`)).toBeVisible();
      expect(await mgmt<BrokerVhost>('GET', `/vhosts/${enc(name)}`)).toMatchObject({ description: `made by e2e ${MARKUP}`, tags: ['e2e', 'prod-1'] });

      // The shell's selector has it at once; the list too.
      await expect(vhostSelect(page).getByRole('option', { name, exact: true })).toBeAttached();
      const link = page.getByRole('link', { name, exact: true });
      await expect(link).toBeVisible();
      // Adding it again is refused at its field, and nothing is overwritten.
      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Description').fill('overwritten?');
      await form.getByRole('button', { name: 'Add virtual host' }).click();
      await expect(form.getByText(`A virtual host ${name} already exists.`)).toBeVisible();
      expect((await mgmt<BrokerVhost>('GET', `/vhosts/${enc(name)}`)).description).toBe(`made by e2e ${MARKUP}`);

      await link.click();
      await expect(page.getByRole('heading', { name: `Virtual host ${name}`, level: 1 })).toBeVisible();
      await expect(page.getByText(`made by e2e ${MARKUP}`)).toBeVisible();
      await expect(page.getByText(/None: RabbitMQ 3\.10\.\d+ does not keep one/)).toBeVisible();

      // Edit description and tags.
      await page.getByRole('button', { name: 'Edit' }).click();
      const edit = page.getByRole('form', { name: 'Edit description and tags' });
      await edit.getByLabel('Description').fill('edited by e2e');
      await edit.getByLabel('Tags').fill('edited');
      await edit.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText(`Virtual host ${name} updated`)).toBeVisible();
      expect(await mgmt<BrokerVhost>('GET', `/vhosts/${enc(name)}`)).toMatchObject({ description: 'edited by e2e', tags: ['edited'] });

      // A limit, set and removed; no limit reads "No limit".
      const limits = page.getByRole('table', { name: `Limits of virtual host ${name}` });
      const maxQueues = limits.getByRole('row').filter({ hasText: 'max-queues' });
      await expect(maxQueues.getByRole('cell').first()).toHaveText('No limit');
      await limits.getByLabel('New value of max-queues').fill('5');
      await limits.getByRole('button', { name: 'Set max-queues' }).click();
      await expect(maxQueues.getByRole('cell').first()).toHaveText('5');
      expect(await mgmt('GET', `/vhost-limits/${enc(name)}`)).toEqual([{ vhost: name, value: { 'max-queues': 5 } }]);
      await limits.getByRole('button', { name: 'Remove max-queues' }).click();
      await expect(maxQueues.getByRole('cell').first()).toHaveText('No limit');
      expect(await mgmt('GET', `/vhost-limits/${enc(name)}`)).toEqual([]);

      // A queue with 3 messages: the dialog says they go with the vhost (its figures lag up to 5 s).
      await mgmt('PUT', `/permissions/${enc(name)}/${enc(TEST_USERS.admin.username)}`, { configure: '.*', write: '.*', read: '.*' });
      await publishMessages(name, 'e2e-orders', 3);
      await page.getByRole('button', { name: 'Delete this virtual host' }).click();
      const dialog = page.getByRole('dialog', { name: `Delete virtual host ${name}?` });
      await expect(dialog.getByText('Its 1 queue and 3 messages will be deleted with it. This cannot be undone.')).toBeVisible({ timeout: 20_000 });
      const confirm = dialog.getByRole('button', { name: 'Delete virtual host' });
      await expect(confirm).toBeDisabled();
      await dialog.getByLabel(`Type “${name}” to confirm`).fill(name);
      await confirm.click();

      await expect(page).toHaveURL((url) => url.pathname === '/admin/vhosts');
      await expect(page.getByText(`Deleted virtual host ${name}`)).toBeVisible();
      expect(await vhostExists(name)).toBe(false);
      await expect(vhostSelect(page).getByRole('option', { name, exact: true })).toHaveCount(0);
      await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
      expect(dialogs).toEqual([]);
    } finally {
      await removeVhost(name);
    }
  });

  test('the list is paged, sorted and filtered by the broker, with the filter in the URL', async ({ page }) => {
    const prefix = uniqueName('e2e-vh-list');
    const [a, b] = [`${prefix}-a`, `${prefix}-b`];
    const cleanups = await Promise.all([createVhost(a), createVhost(b)]);
    try {
      await page.goto(`/admin/vhosts?name=${enc(prefix)}&page_size=20`);
      await expect(page.getByRole('heading', { name: /^All virtual hosts \(\d+, filtered down to 2\)$/ })).toBeVisible();
      const names = page.getByRole('table', { name: 'All virtual hosts' }).getByRole('link', { name: new RegExp(`^${prefix}`) });
      await expect(names).toHaveText([a, b]);
      const nameHeader = page.getByRole('columnheader', { name: /^Name/ });
      await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
      await nameHeader.getByRole('button').click();
      await expect(page).toHaveURL((url) => url.searchParams.get('sort') === 'name' && url.searchParams.get('desc') === '1');
      await expect(names).toHaveText([b, a]);
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: a, exact: true }) });
      await expect(row).toContainText('running');
    } finally {
      await Promise.all(cleanups.map((cleanup) => cleanup()));
    }
  });
});

test.describe('cluster as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('changes the cluster name and back, and lists the feature flags', async ({ page }) => {
    const dialogs = watchDialogs(page);
    const original = (await mgmt<{ name: string }>('GET', '/cluster-name')).name;
    const renamed = uniqueName(`e2e-cluster ${MARKUP}`);
    try {
      await page.goto('/admin/cluster');
      const current = page.getByTestId('cluster-name');
      await expect(current).toHaveText(original);

      // An empty name is refused here (3.10 would take it and leave the cluster nameless).
      await page.getByRole('button', { name: 'Change' }).click();
      const form = page.getByRole('form', { name: 'Change the cluster name' });
      await form.getByLabel('New cluster name').fill('   ');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(form.getByText('Enter a cluster name.')).toBeVisible();
      expect((await mgmt<{ name: string }>('GET', '/cluster-name')).name).toBe(original);

      await form.getByLabel('New cluster name').fill(renamed);
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(current).toHaveText(renamed);
      expect((await mgmt<{ name: string }>('GET', '/cluster-name')).name).toBe(renamed);
      await expect(page.getByRole('banner')).toContainText(`Cluster:${renamed}`);

      await page.getByRole('button', { name: 'Change' }).click();
      await form.getByLabel('New cluster name').fill(original);
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(current).toHaveText(original);
      expect((await mgmt<{ name: string }>('GET', '/cluster-name')).name).toBe(original);

      // Feature flags as the broker lists them; "Enable" only for disabled stable ones.
      const flags = await mgmt<Array<{ name: string; state: string; stability: string }>>('GET', '/feature-flags');
      const table = page.getByRole('table', { name: 'Feature flags' });
      await expect(table.getByRole('row')).toHaveCount(flags.length + 1);
      const quorum = table.getByRole('row').filter({ has: page.getByText('quorum_queue', { exact: true }) });
      await expect(quorum).toContainText('Enabled');
      await expect(quorum).toContainText('stable');
      await expect(quorum).toContainText('Support queues of type `quorum`');
      const enableable = flags.filter((flag) => flag.state === 'disabled' && flag.stability === 'stable');
      await expect(table.getByRole('button', { name: /^Enable / })).toHaveCount(enableable.length);
      expect(dialogs).toEqual([]);
    } finally {
      if ((await mgmt<{ name: string }>('GET', '/cluster-name')).name !== original) await mgmt('PUT', '/cluster-name', { name: original });
    }
  });
});

test.describe('audit log as administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('shows a create, a delete and a refused change with their users, and filters by user in the URL', async ({ page, browser }) => {
    const dialogs = watchDialogs(page);
    const name = uniqueName(`e2e-audit ${MARKUP}`);
    const path = `/api/vhosts/${enc(name)}`;
    const json = { 'content-type': 'application/json' };
    try {
      expect((await page.request.put(path, { data: { description: 'audited', tags: ['e2e'] }, headers: { ...json, 'if-none-match': '*' } })).status()).toBe(201);
      expect((await page.request.delete(path, { headers: json })).status()).toBe(204);
      const team = await browser.newContext({ storageState: authFile('management') });
      try {
        const refused = await team.request.put(path, { data: {}, headers: json });
        expect(refused.status()).toBe(403);
      } finally {
        await team.close();
      }
      expect(await vhostExists(name)).toBe(false);

      await page.goto(`/admin/audit?object=${enc(name)}`);
      await expect(page.getByText(/^This Warren instance writes its log to .+\.jsonl\.$/)).toBeVisible();
      await expect(page.getByText(/Each Warren instance has its own log/)).toBeVisible();
      const table = page.getByRole('table', { name: 'Changes' });
      const rows = table.getByRole('row');
      await expect(rows).toHaveCount(4);
      // Newest first.
      await expect(rows.nth(1)).toContainText(TEST_USERS.management.username);
      await expect(rows.nth(1)).toContainText('refused (403)');
      await expect(rows.nth(1)).toContainText('ACCESS_REFUSED: Not administrator user');
      await expect(rows.nth(2)).toContainText(TEST_USERS.admin.username);
      await expect(rows.nth(2)).toContainText('DELETE');
      await expect(rows.nth(2)).toContainText('done (204)');
      await expect(rows.nth(3)).toContainText('PUT');
      await expect(rows.nth(3)).toContainText('/api/vhosts/[vhost]');
      await expect(rows.nth(3)).toContainText(name);
      await expect(rows.nth(3)).toContainText('done (201)');
      await expect(rows.nth(3)).toContainText('{"description":"audited","tags":["e2e"]}');
      const time = rows.nth(3).locator('time');
      await expect(time).toHaveAttribute('title', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

      const filters = page.getByRole('form', { name: 'Filter the audit log' });
      await filters.getByLabel('User').fill(TEST_USERS.management.username);
      await filters.getByRole('button', { name: 'Apply' }).click();
      await expect(page).toHaveURL((url) => url.searchParams.get('user') === TEST_USERS.management.username && url.searchParams.get('object') === name);
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(1)).toContainText('refused (403)');

      await page.reload();
      await expect(filters.getByLabel('User')).toHaveValue(TEST_USERS.management.username);
      await expect(rows).toHaveCount(2);
      await filters.getByLabel('Result').selectOption({ label: 'done' });
      await filters.getByRole('button', { name: 'Apply' }).click();
      await expect(page.getByText('No match for this filter.')).toBeVisible();
      expect(dialogs).toEqual([]);
    } finally {
      await removeVhost(name);
    }
  });
});

test.describe('a management user', () => {
  test.use({ storageState: authFile('management') });

  test('sees none of these pages’ data and changes nothing, through the UI or Warren’s API', async ({ page }) => {
    const own = uniqueName('e2e-vh-team');
    // The management user may use this vhost: only the missing administrator tag refuses them.
    const cleanup = await createVhost(own, ['admin', 'management']);
    const hidden = uniqueName('e2e-vh-hidden');
    const cleanupHidden = await createVhost(hidden);
    const originalCluster = (await mgmt<{ name: string }>('GET', '/cluster-name')).name;
    const json = { 'content-type': 'application/json' };
    try {
      for (const [path, heading] of [
        ['/admin/vhosts', 'Virtual hosts'],
        [`/admin/vhosts/${enc(own)}`, 'Virtual hosts'],
        ['/admin/cluster', 'Cluster'],
        ['/admin/audit', 'Audit log'],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
        await expect(page.getByText('Your user’s tags do not allow this view.')).toBeVisible();
        await expect(page.getByRole('table')).toHaveCount(0);
        await expect(page.getByRole('button', { name: /Add virtual host|Delete|Change|Enable/ })).toHaveCount(0);
      }
      // Nothing of the broker's went into the HTML either.
      const html = await (await page.request.get('/admin/vhosts')).text();
      expect(html).not.toContain('cluster_state');

      const api = page.request;
      expect((await api.get('/api/feature-flags')).status()).toBe(403);
      expect((await api.get('/api/admin/audit')).status()).toBe(403);
      expect((await api.get(`/api/vhosts/${enc(hidden)}`)).status()).toBe(404);
      expect((await api.get(`/api/vhost-limits/${enc(hidden)}`)).status()).toBe(403);

      const created = uniqueName('e2e-vh-never');
      expect((await api.put(`/api/vhosts/${enc(created)}`, { data: {}, headers: json })).status()).toBe(403);
      expect((await api.put(`/api/vhosts/${enc(own)}`, { data: { description: 'changed' }, headers: json })).status()).toBe(403);
      expect((await api.delete(`/api/vhosts/${enc(own)}`, { headers: json })).status()).toBe(403);
      expect((await api.put(`/api/vhost-limits/${enc(own)}/max-queues`, { data: { value: 1 }, headers: json })).status()).toBe(403);
      expect((await api.delete(`/api/vhost-limits/${enc(own)}/max-queues`, { headers: json })).status()).toBe(403);
      expect((await api.put('/api/cluster-name', { data: { name: 'e2e-not-allowed' }, headers: json })).status()).toBe(403);
      expect((await api.put('/api/feature-flags/quorum_queue/enable', { headers: json })).status()).toBe(403);

      expect(await vhostExists(created)).toBe(false);
      expect(await mgmt<BrokerVhost>('GET', `/vhosts/${enc(own)}`)).toMatchObject({ description: '' });
      expect(await mgmt('GET', `/vhost-limits/${enc(own)}`)).toEqual([]);
      expect((await mgmt<{ name: string }>('GET', '/cluster-name')).name).toBe(originalCluster);
    } finally {
      if ((await mgmt<{ name: string }>('GET', '/cluster-name')).name !== originalCluster) await mgmt('PUT', '/cluster-name', { name: originalCluster });
      await cleanup();
      await cleanupHidden();
    }
  });
});
