import { expect, test, type Page } from '@playwright/test';
import { routes } from '../lib/routes';
import { createVhost, enc, mgmt, uniqueName } from './support/broker';
import { authFile, testBroker, TEST_USERS } from './support/env';

// Admin → Users against the real broker. Every user and the vhost here are this file's own
// (named with PREFIX) and removed at the end; the test users are only read. After each action the
// broker's own state is checked through the management API.

const PREFIX = uniqueName('e2e-users');
const MARKUP = '<img src=x onerror=alert(1)>';
const vhost = uniqueName('e2e-users-vhost');
let dropVhost: () => Promise<void>;

interface BrokerUser {
  name: string;
  tags: string[];
  password_hash: string;
  limits: Record<string, number>;
}

const brokerUser = (name: string) => mgmt<BrokerUser>('GET', `/users/${enc(name)}`);
const userExists = async (name: string) => (await mgmt<Array<{ name: string }>>('GET', '/users?columns=name')).some((user) => user.name === name);
const createUser = (name: string, password: string | null, tags: string[] = []) =>
  mgmt('PUT', `/users/${enc(name)}`, { ...(password === null ? { password_hash: '' } : { password }), tags: tags.join(',') });

/** Whether the broker takes this login (GET /api/whoami as the user; it needs a management tag). */
async function canLogIn(username: string, password: string): Promise<boolean> {
  const response = await fetch(`${testBroker.managementUrl}/api/whoami`, {
    headers: { authorization: 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64') },
  });
  await response.arrayBuffer();
  return response.ok;
}

/** No script may run from a name: any alert(), confirm() or prompt() fails the test. */
function failOnDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

const section = (page: Page, title: string) => page.locator('section').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test.beforeAll(async () => {
  dropVhost = await createVhost(vhost);
});

test.afterAll(async () => {
  const users = await mgmt<Array<{ name: string }>>('GET', '/users?columns=name');
  const mine = users.map((user) => user.name).filter((name) => name.startsWith(PREFIX));
  if (mine.length) await mgmt('POST', '/users/bulk-delete', { users: mine });
  await dropVhost();
});

test.describe('as an administrator', () => {
  test.use({ storageState: authFile('admin') });
  let dialogs: string[] = [];
  test.beforeEach(({ page }) => {
    dialogs = failOnDialogs(page);
  });
  test.afterEach(() => {
    expect(dialogs, 'a name ran a script').toEqual([]);
  });

  test('adds a user with preset and free tags; the list shows its tags, "No access" and its password', async ({ page }) => {
    const name = `${PREFIX}-added`;
    await page.goto('/admin/users');
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Username').fill(name);
    await form.getByLabel('Password', { exact: true }).fill('added-secret-1');
    await form.getByLabel('Password (confirm)').fill('added-secret-1');
    await form.getByRole('button', { name: 'Monitoring' }).click();
    await form.getByRole('button', { name: 'Management' }).click();
    await expect(form.getByRole('button', { name: 'Monitoring' })).toHaveAttribute('aria-pressed', 'true');
    await form.getByLabel('Tags').fill(`${await form.getByLabel('Tags').inputValue()}, night shift`);
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(page.getByText(`User ${name} added.`)).toBeVisible();

    const user = await brokerUser(name);
    expect(user.tags).toEqual(['monitoring', 'management', 'night shift']);
    expect(await canLogIn(name, 'added-secret-1')).toBe(true);

    await page.getByRole('searchbox', { name: 'Filter by name' }).fill(name);
    await expect(page).toHaveURL((url) => url.searchParams.get('name') === name);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row.getByRole('cell').nth(2)).toHaveText('monitoringmanagementnight shift');
    await expect(row.getByRole('cell').nth(3)).toHaveText('No access');
    await expect(row.getByRole('cell').nth(4)).toHaveText('Yes');
    // Adding it again is refused at the name, and changes nothing.
    await form.getByLabel('Username').fill(name);
    await form.getByLabel('Password', { exact: true }).fill('other');
    await form.getByLabel('Password (confirm)').fill('other');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByText(`User “${name}” already exists; change it on its own page`)).toBeVisible();
    expect(await canLogIn(name, 'added-secret-1')).toBe(true);
  });

  test('a user without a password, and a name with markup, stay inert text everywhere', async ({ page }) => {
    const name = `${PREFIX} ${MARKUP}`;
    await page.goto('/admin/users');
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Username').fill(name);
    await form.getByLabel('No password (login with a password disabled)').check();
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(page.getByText(`User ${name} added.`)).toBeVisible();
    expect((await brokerUser(name)).password_hash).toBe('');

    await page.goto(`/admin/users?name=${enc(name)}`);
    const link = page.getByRole('link', { name, exact: true });
    await expect(page.getByRole('row').filter({ has: link }).getByRole('cell').nth(4)).toHaveText('No');
    await link.click();
    await expect(page).toHaveURL((url) => url.pathname === routes.adminUser(name));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`User ${name}`);
    await expect(section(page, 'Overview')).toContainText('No (login with a password disabled)');
    // A fresh load renders it on the server from the encoded URL.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`User ${name}`);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test('on the user page: set and clear a permission, set a topic permission, set and remove a user limit', async ({ page }) => {
    const name = `${PREFIX}-perms`;
    await createUser(name, null);
    await page.goto(routes.adminUser(name));
    const permissions = section(page, 'Permissions');
    await expect(permissions.getByRole('cell', { name: 'This user has no permissions: it cannot access any virtual host.' })).toBeVisible();

    const setForm = permissions.getByRole('form', { name: 'Set permission' });
    await expect(setForm.getByLabel('Configure regexp')).toHaveValue('.*');
    await setForm.getByLabel('Virtual host').selectOption(vhost);
    await setForm.getByLabel('Configure regexp').fill('^cfg\\.');
    await setForm.getByLabel('Read regexp').fill('');
    // Checked before sending: the broker is not asked.
    await setForm.getByLabel('Write regexp').fill('(');
    await setForm.getByRole('button', { name: 'Set permission' }).click();
    await expect(setForm.getByText(/^Invalid regular expression: .*Unterminated group/)).toBeVisible();
    await setForm.getByLabel('Write regexp').fill('.*');
    await setForm.getByRole('button', { name: 'Set permission' }).click();
    await expect(page.getByText(`Permission set for ${name} on ${vhost}.`)).toBeVisible();
    expect(await mgmt('GET', `/permissions/${enc(vhost)}/${enc(name)}`)).toMatchObject({ configure: '^cfg\\.', write: '.*', read: '' });
    const table = permissions.getByRole('table', { name: `Permissions of user ${name}` });
    const row = table.getByRole('row').filter({ hasText: vhost });
    await expect(row).toContainText('^cfg\\.');

    await row.getByRole('button', { name: `Clear the permissions of ${name} on ${vhost}` }).click();
    const clear = page.getByRole('dialog', { name: `Clear the permissions of ${name} on virtual host ${vhost}?` });
    await clear.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByText(`Permissions of ${name} on ${vhost} cleared.`)).toBeVisible();
    await expect(table.getByRole('row').filter({ hasText: vhost })).toHaveCount(0);
    expect(await mgmt<unknown[]>('GET', `/users/${enc(name)}/permissions`)).toEqual([]);

    const topic = section(page, 'Topic permissions');
    const topicForm = topic.getByRole('form', { name: 'Set topic permission' });
    await topicForm.getByLabel('Virtual host').selectOption(vhost);
    await expect(topicForm.getByLabel('Exchange')).toHaveValue('amq.topic');
    await topicForm.getByLabel('Write regexp').fill('^orders\\.');
    await topicForm.getByRole('button', { name: 'Set topic permission' }).click();
    await expect(page.getByText(`Topic permission set for ${name} on amq.topic.`)).toBeVisible();
    expect(await mgmt('GET', `/users/${enc(name)}/topic-permissions`)).toEqual([
      { user: name, vhost, exchange: 'amq.topic', write: '^orders\\.', read: '.*' },
    ]);
    await expect(topic.getByRole('table', { name: `Topic permissions of user ${name}` }).getByRole('row').filter({ hasText: 'amq.topic' })).toContainText(
      '^orders\\.',
    );

    const limits = section(page, 'User limits');
    const limitForm = limits.getByRole('form', { name: 'Set limit' });
    await limitForm.getByLabel('Limit').selectOption('max-connections');
    await limitForm.getByLabel('Value').fill('7');
    await limitForm.getByRole('button', { name: 'Set limit' }).click();
    await expect(page.getByText(`Max connections of ${name} set to 7.`)).toBeVisible();
    expect((await brokerUser(name)).limits).toEqual({ 'max-connections': 7 });
    const limitRow = limits.getByRole('row', { name: /^Max connections/ });
    await expect(limitRow.getByRole('cell').first()).toHaveText('7');
    await limitRow.getByRole('button', { name: 'Remove Max connections' }).click();
    await expect(limitRow.getByRole('cell').first()).toHaveText('No limit');
    await expect.poll(async () => (await brokerUser(name)).limits).toEqual({});
  });

  test('changes the password (the user logs in with the new one), then keeps it when only the tags change', async ({ page, playwright, baseURL }) => {
    const name = `${PREFIX}-pw`;
    await createUser(name, 'old-secret-1', ['management']);
    await mgmt('PUT', `/permissions/${enc(vhost)}/${enc(name)}`, { configure: '.*', write: '.*', read: '.*' });
    await page.goto(routes.adminUser(name));
    const form = page.getByRole('form', { name: 'Update this user' });
    await expect(form.getByLabel('Keep the current password')).toBeChecked();
    await form.getByLabel('Set a password').check();
    await form.getByLabel('Password', { exact: true }).fill('new-secret-2');
    await form.getByLabel('Password (confirm)').fill('new-secret-2');
    await form.getByRole('button', { name: 'Update user' }).click();
    await expect(page.getByText(`User ${name} updated.`)).toBeVisible();
    expect(await canLogIn(name, 'new-secret-2')).toBe(true);
    expect(await canLogIn(name, 'old-secret-1')).toBe(false);

    // Logging in to Warren's own API with it.
    const api = await playwright.request.newContext({ baseURL });
    try {
      const login = await api.post('/api/auth/login', { data: { username: name, password: 'new-secret-2' } });
      expect(login.status(), await login.text()).toBe(200);
    } finally {
      await api.dispose();
    }

    await expect(form.getByLabel('Keep the current password')).toBeChecked();
    await form.getByRole('button', { name: 'Monitoring' }).click();
    await form.getByRole('button', { name: 'Update user' }).click();
    await expect(page.getByText(`User ${name} updated.`).first()).toBeVisible();
    await expect.poll(async () => (await brokerUser(name)).tags).toEqual(['management', 'monitoring']);
    expect(await canLogIn(name, 'new-secret-2')).toBe(true);
  });

  test('bulk delete lists the users in one confirmation and deletes them', async ({ page }) => {
    const names = ['a', 'b', 'c'].map((suffix) => `${PREFIX}-bulk-${suffix}`);
    for (const name of names) await createUser(name, null);
    await page.goto(`/admin/users?name=${enc(`${PREFIX}-bulk-`)}`);
    await expect(page.getByRole('heading', { level: 2, name: /^All users \(\d+, filtered down to 3\)$/ })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
    await expect(page.getByText('3 selected')).toBeVisible();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 3 selected users?' });
    await expect(dialog.getByRole('list', { name: 'Users to delete' }).getByRole('listitem')).toHaveText(names);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByLabel('Type “delete 3 users” to confirm').fill('delete 3 users');
    await dialog.getByRole('button', { name: 'Delete 3 users' }).click();
    await expect(page.getByText('Deleted 3 users')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'No match for this filter.' })).toBeVisible();
    for (const name of names) expect(await userExists(name)).toBe(false);
  });
});

test.describe('warnings before the logged-in user or the last administrator goes', () => {
  // A fresh browser: the test logs in as an administrator of its own, which it may delete.
  test.use({ storageState: { cookies: [], origins: [] } });

  test('demoting or deleting yourself, and deleting every administrator, say so first', async ({ page }) => {
    const dialogs = failOnDialogs(page);
    const root = `${PREFIX}-root`;
    await createUser(root, 'root-secret-1', ['administrator']);
    const login = await page.request.post('/api/auth/login', { data: { username: root, password: 'root-secret-1' } });
    expect(login.status(), await login.text()).toBe(200);

    // Selecting every administrator of the broker (the test's own and the shared ones): warned, then cancelled.
    const administrators = (await mgmt<BrokerUser[]>('GET', '/users?columns=name,tags')).filter((user) => user.tags.includes('administrator'));
    const pattern = `^(${administrators.map((user) => user.name.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|')})$`;
    await page.goto(`/admin/users?name=${enc(pattern)}&regex=1`);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`filtered down to ${administrators.length}\\)$`) })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    const bulk = page.getByRole('dialog', { name: `Delete ${administrators.length} selected users?` });
    await expect(bulk.getByRole('alert')).toContainText('You are logged in as this user');
    await expect(bulk.getByRole('alert')).toContainText('No administrator would be left');
    await bulk.getByRole('button', { name: 'Cancel' }).click();
    await expect(bulk).toBeHidden();
    for (const user of administrators) expect(await userExists(user.name)).toBe(true);

    // Removing your own administrator tag asks first and says what it means; cancelled.
    await page.goto(routes.adminUser(root));
    const form = page.getByRole('form', { name: 'Update this user' });
    await form.getByRole('button', { name: 'Admin' }).click();
    await form.getByRole('button', { name: 'Update user' }).click();
    const demote = page.getByRole('dialog', { name: `Remove the administrator tag from ${root}?` });
    await expect(demote.getByRole('alert')).toContainText('You are logged in as this user: without the administrator tag you lose Admin → Users at once.');
    await expect(demote.getByRole('alert')).not.toContainText('last administrator');
    await demote.getByRole('button', { name: 'Cancel' }).click();
    expect((await brokerUser(root)).tags).toEqual(['administrator']);

    // Deleting yourself: warned, then done; the next request finds the login gone.
    await page.getByRole('button', { name: 'Delete this user' }).click();
    const remove = page.getByRole('dialog', { name: `Delete user ${root}?` });
    await expect(remove.getByRole('alert')).toContainText('You are logged in as this user: once it is deleted, Warren logs you out');
    await expect(remove.getByRole('alert')).not.toContainText('No administrator would be left');
    await remove.getByLabel(`Type “${root}” to confirm`).fill(root);
    await remove.getByRole('button', { name: 'Delete user' }).click();
    await expect(page).toHaveURL(/\/login/);
    expect(await userExists(root)).toBe(false);
    expect(dialogs).toEqual([]);
  });
});

test.describe('as a management user', () => {
  test.use({ storageState: authFile('management') });

  test('can neither list, read nor change users, through the UI or Warren’s API', async ({ page }) => {
    const victim = `${PREFIX}-victim`;
    await createUser(victim, 'victim-secret-1', ['management']);
    await page.goto('/admin/users');
    await expect(page.getByRole('alert').filter({ hasText: 'Users and permissions are for administrators' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await page.goto(routes.adminUser(TEST_USERS.admin.username));
    await expect(page.getByRole('alert').filter({ hasText: 'Users and permissions are for administrators' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete this user' })).toHaveCount(0);

    const own = TEST_USERS.management.username;
    const refused = [
      await page.request.get('/api/users'),
      await page.request.get(`/api/users/${enc(victim)}`),
      await page.request.get(`/api/users/${enc(own)}/permissions`),
      await page.request.get('/api/vhosts/team-a/permissions'),
      await page.request.put(`/api/users/${enc(victim)}`, { data: { tags: ['administrator'], password_mode: 'set', password: 'stolen' } }),
      await page.request.put(`/api/users/${enc(own)}`, { data: { tags: ['administrator'], password_mode: 'keep' } }),
      await page.request.delete(`/api/users/${enc(victim)}`, { headers: { 'content-type': 'application/json' } }),
      await page.request.post('/api/users/bulk-delete', { data: { users: [victim] } }),
      await page.request.put(`/api/permissions/${enc(vhost)}/${enc(own)}`, { data: { configure: '.*', write: '.*', read: '.*' } }),
      await page.request.put(`/api/user-limits/${enc(victim)}/max-connections`, { data: { value: 0 } }),
    ];
    for (const response of refused) {
      expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(403);
      expect((await response.json()).error.code).toBe('ACCESS_REFUSED');
    }
    const user = await brokerUser(victim);
    expect(user.tags).toEqual(['management']);
    expect(await canLogIn(victim, 'victim-secret-1')).toBe(true);
    expect((await brokerUser(own)).tags).toEqual(['management']);
    await expect(mgmt('GET', `/permissions/${enc(vhost)}/${enc(own)}`)).rejects.toThrow(/ → 404 /);
  });
});
