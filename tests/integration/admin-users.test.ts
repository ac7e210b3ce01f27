// lib/rabbitmq/admin/{users,permissions}.ts against the real broker: the password kept on update
// (the hash and its algorithm sent back), the users list paged by Warren, the bulk delete, one
// exchange's topic permission cleared, and the broker's refusals said as sentences. Every user
// and vhost here is this file's own and is removed at the end.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerError } from '@/lib/rabbitmq/errors';
import { clearTopicPermission, listUserTopicPermissions, listVhostPermissions, setPermission, setTopicPermission } from '@/lib/rabbitmq/admin/permissions';
import { bulkDeleteUsers, clearUserLimit, getUser, listUsers, saveUser, setUserLimit } from '@/lib/rabbitmq/admin/users';
import { listQuerySchema } from '@/lib/schemas/list';
import { enc, mgmt, testBroker, TEST_USERS, uniqueName } from '../support/broker';
import { brokerFailure } from '../support/failure';

process.env.RABBITMQ_MANAGEMENT_URL = testBroker.managementUrl;

const admin = { username: TEST_USERS.admin.username, password: TEST_USERS.admin.password };
const teamA = { username: TEST_USERS.management.username, password: TEST_USERS.management.password };
const prefix = uniqueName('it-users');
const name = (what: string) => `${prefix}-${what}`;
const vhost = `${prefix} vhost/水`;

/** Whether the broker takes this password for this user (GET /api/whoami as them: it needs a management tag). */
async function canLogIn(username: string, password: string): Promise<boolean> {
  const response = await fetch(`${testBroker.managementUrl}/api/whoami`, {
    headers: { authorization: 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64') },
  });
  await response.arrayBuffer();
  return response.ok;
}

beforeAll(async () => {
  await mgmt('PUT', `/vhosts/${enc(vhost)}`, {});
});

afterAll(async () => {
  const users = await mgmt<Array<{ name: string }>>('GET', '/users?columns=name');
  const mine = users.map((user) => user.name).filter((user) => user.startsWith(prefix));
  if (mine.length) await mgmt('POST', '/users/bulk-delete', { users: mine });
  await mgmt('DELETE', `/vhosts/${enc(vhost)}`).catch(() => undefined);
});

describe('saving users', () => {
  it('creates a user with a password and tags, refuses to create it twice, and keeps the password on update', async () => {
    const user = name('keep');
    await saveUser(admin, user, { tags: ['monitoring', 'custom tag'], password_mode: 'set', password: 'first-secret', create: true });
    expect(await canLogIn(user, 'first-secret')).toBe(true);
    expect(await getUser(admin, user)).toEqual({ name: user, tags: ['monitoring', 'custom tag'], has_password: true, limits: {} });

    const again = await brokerFailure(saveUser(admin, user, { tags: [], password_mode: 'set', password: 'x', create: true }));
    expect(again.code).toBe('CONFLICT');

    await saveUser(admin, user, { tags: ['management'], password_mode: 'keep' });
    expect(await canLogIn(user, 'first-secret')).toBe(true);
    expect((await getUser(admin, user)).tags).toEqual(['management']);

    await saveUser(admin, user, { tags: ['management'], password_mode: 'set', password: 'second-secret' });
    expect(await canLogIn(user, 'second-secret')).toBe(true);
    expect(await canLogIn(user, 'first-secret')).toBe(false);
  });

  // Regression guard: a kept hash sent without its algorithm would be read as SHA-256 and the login lost.
  it('keeps a password hashed with another algorithm (SHA-512)', async () => {
    const user = name('sha512');
    const salt = randomBytes(4);
    const hash = Buffer.concat([salt, createHash('sha512').update(Buffer.concat([salt, Buffer.from('sha-secret')])).digest()]).toString('base64');
    await mgmt('PUT', `/users/${enc(user)}`, { password_hash: hash, hashing_algorithm: 'rabbit_password_hashing_sha512', tags: 'management' });
    expect(await canLogIn(user, 'sha-secret')).toBe(true);
    await saveUser(admin, user, { tags: ['monitoring'], password_mode: 'keep' });
    expect(await canLogIn(user, 'sha-secret')).toBe(true);
  });

  it('disables login with "none", and says a kept password needs a user', async () => {
    const user = name('none');
    await saveUser(admin, user, { tags: [], password_mode: 'none', create: true });
    expect((await getUser(admin, user)).has_password).toBe(false);
    const missing = await brokerFailure(saveUser(admin, name('absent'), { tags: [], password_mode: 'keep' }));
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('never returns the password hash', async () => {
    const user = name('hash');
    await saveUser(admin, user, { tags: [], password_mode: 'set', password: 'p', create: true });
    expect(JSON.stringify(await getUser(admin, user))).not.toContain('password_hash');
    const page = await listUsers(admin, listQuerySchema.parse({ name: user }));
    expect(JSON.stringify(page)).not.toContain('password_hash');
  });
});

describe('the users list', () => {
  it('pages and filters in Warren, with each user’s vhosts and the administrators of the whole list', async () => {
    const user = name('listed');
    await saveUser(admin, user, { tags: [], password_mode: 'none', create: true });
    await setPermission(admin, vhost, user, { configure: '', write: '.*', read: '.*' });
    const page = await listUsers(admin, listQuerySchema.parse({ name: user, page_size: 1 }));
    expect(page).toMatchObject({ paged_by_warren: true, filtered_count: 1, page_count: 1 });
    expect(page.items).toEqual([{ name: user, tags: [], vhosts: [vhost], has_password: false }]);
    expect(page.administrators).toContain(admin.username);
    // The vhost's creator got permissions on it too.
    expect((await listVhostPermissions(admin, vhost)).map((permission) => permission.user)).toContain(user);
  });

  it('refuses a management user in a sentence', async () => {
    const error = await brokerFailure(listUsers(teamA, listQuerySchema.parse({})));
    expect(error.code).toBe('ACCESS_REFUSED');
    expect(error.message).toMatch(/administrators only/);
  });
});

describe('bulk delete', () => {
  it('deletes the users that exist and names those that did not', async () => {
    const [a, b] = [name('bulk-a'), name('bulk-b')];
    for (const user of [a, b]) await saveUser(admin, user, { tags: [], password_mode: 'none', create: true });
    const result = await bulkDeleteUsers(admin, [a, name('bulk-gone'), b]);
    expect(result).toEqual({ deleted: [a, b], missing: [name('bulk-gone')] });
    const users = await mgmt<Array<{ name: string }>>('GET', '/users?columns=name');
    expect(users.map((user) => user.name)).not.toContain(a);
    expect(users.map((user) => user.name)).not.toContain(b);
  });
});

describe('permissions and limits', () => {
  it('clears one exchange’s topic permission and keeps the others (the broker clears them all)', async () => {
    const user = name('topic');
    await saveUser(admin, user, { tags: [], password_mode: 'none', create: true });
    await setTopicPermission(admin, vhost, user, { exchange: 'amq.topic', write: '^a', read: '.*' });
    await setTopicPermission(admin, vhost, user, { exchange: 'other', write: '^b', read: '^c' });
    await clearTopicPermission(admin, vhost, user, 'amq.topic');
    expect(await listUserTopicPermissions(admin, user)).toEqual([{ user, vhost, exchange: 'other', write: '^b', read: '^c' }]);
    const gone = await brokerFailure(clearTopicPermission(admin, vhost, user, 'amq.topic'));
    expect(gone.code).toBe('NOT_FOUND');
  });

  it('says what the broker refused: a PCRE-only error, an unknown vhost or user, a limit of a missing user', async () => {
    const user = name('refused');
    await saveUser(admin, user, { tags: [], password_mode: 'none', create: true });
    // JavaScript accepts a lookbehind of variable length; PCRE does not.
    const regex = await brokerFailure(setPermission(admin, vhost, user, { configure: 'a(?<=b+)c', write: '.*', read: '.*' }));
    expect([regex.code, regex.message]).toEqual(['BAD_REQUEST', 'Invalid regular expression “a(?<=b+)c”: lookbehind assertion is not fixed length (at position 7)']);
    // PCRE-only syntax the browser check lets through is accepted by the broker.
    await setPermission(admin, vhost, user, { configure: '(?i)^orders', write: 'a++', read: '.*' });

    const unknown = await brokerFailure(setPermission(admin, `${prefix}-novhost`, user, { configure: '.*', write: '.*', read: '.*' }));
    expect([unknown.code, unknown.message]).toEqual(['NOT_FOUND', `Virtual host “${prefix}-novhost” or user “${user}” does not exist`]);

    await setUserLimit(admin, user, 'max-connections', 3);
    expect((await getUser(admin, user)).limits).toEqual({ 'max-connections': 3 });
    await clearUserLimit(admin, user, 'max-connections');
    expect((await getUser(admin, user)).limits).toEqual({});
    const noUser = await brokerFailure(clearUserLimit(admin, name('nobody'), 'max-channels'));
    expect(noUser.code).toBe('NOT_FOUND');
    const setNoUser = await brokerFailure(setUserLimit(admin, name('nobody'), 'max-channels', 1));
    expect([setNoUser.code, setNoUser.message]).toEqual(['NOT_FOUND', `User “${name('nobody')}” does not exist`]);
    expect(noUser).toBeInstanceOf(BrokerError);
  });
});
