import 'server-only';
import type { BulkDeleteUsersResult, UserDetail, UserLimitName, UserLimits, UsersPage } from '@/lib/api/admin-users';
import type { ListQuery } from '@/lib/schemas/list';
import type { PasswordMode } from '@/lib/schemas/admin-users';
import { isAdministrator } from '@/lib/tags';
import { pageLocally } from '../activity';
import { BrokerError } from '../errors';
import { addressable, managementRequest, mgmtPath, type Credentials } from '../management';
import { parseTags } from '../overview';
import { adminOnly } from './admin-only';
import { userRows, sortUsers } from './user-rows';

// Users: the list (paged by Warren), one user, create/update, delete, bulk delete, limits.
// The password hash is read here and never leaves the server.

interface BrokerUser {
  name: string;
  tags: string[] | string;
  password_hash?: string;
  hashing_algorithm?: string;
  limits?: UserLimits;
}

/**
 * The users list. RabbitMQ 3.10 does not page /api/users, so Warren asks for the narrow list
 * (`columns=`) and the vhosts of every user (one /api/permissions request), then sorts, filters
 * and pages it itself; the answer says so (`paged_by_warren`). The administrators are counted
 * over the whole list, whatever the page or filter, for the last-administrator warnings.
 */
export async function listUsers(credentials: Credentials, query: ListQuery): Promise<UsersPage> {
  const [users, permissions] = await adminOnly(() =>
    Promise.all([
      managementRequest<BrokerUser[]>(credentials, 'GET', '/users', { query: { columns: 'name,tags,password_hash' } }),
      managementRequest<Array<{ user: string; vhost: string }>>(credentials, 'GET', '/permissions', { query: { columns: 'user,vhost' } }),
    ]),
  );
  const rows = userRows(
    users.map((user) => ({ name: user.name, tags: parseTags(user.tags), has_password: Boolean(user.password_hash) })),
    permissions,
  );
  const sorted = sortUsers(rows, query.sort ?? 'name', Boolean(query.sort_reverse));
  return { ...pageLocally(sorted, query), administrators: rows.filter((row) => isAdministrator(row.tags)).map((row) => row.name) };
}

function brokerUser(credentials: Credentials, name: string, { fresh = false } = {}): Promise<BrokerUser> {
  return adminOnly(() => managementRequest<BrokerUser>(credentials, 'GET', mgmtPath`/users/${name}`, { fresh }), `User “${name}” does not exist`);
}

/** One user, without its password hash. */
export async function getUser(credentials: Credentials, name: string): Promise<UserDetail> {
  const user = await brokerUser(credentials, name);
  return { name: user.name, tags: parseTags(user.tags), has_password: Boolean(user.password_hash), limits: { ...user.limits } };
}

export interface SaveUser {
  tags: string[];
  password_mode: PasswordMode;
  password?: string;
  create?: boolean;
}

/**
 * Creates or updates a user. The broker's PUT replaces the user and needs a password or a hash
 * (with neither, it empties the hash: login disabled). Keeping the password therefore sends the
 * current hash and its algorithm back, read here: the hash never goes to the browser.
 */
export async function saveUser(credentials: Credentials, name: string, body: SaveUser): Promise<void> {
  let current: BrokerUser | null = null;
  if (body.create || body.password_mode === 'keep') {
    current = await brokerUser(credentials, name, { fresh: true }).catch((error: unknown) => {
      if (error instanceof BrokerError && error.code === 'NOT_FOUND') return null;
      throw error;
    });
  }
  if (body.create && current) throw new BrokerError('CONFLICT', `User “${name}” already exists; change it on its own page`);
  if (body.password_mode === 'keep' && !current) {
    throw new BrokerError('NOT_FOUND', `User “${name}” does not exist (any more): give it a password, or choose “No password”`);
  }
  const login =
    body.password_mode === 'set'
      ? { password: body.password }
      : body.password_mode === 'none'
        ? { password_hash: '' }
        : { password_hash: current?.password_hash ?? '', ...(current?.hashing_algorithm ? { hashing_algorithm: current.hashing_algorithm } : {}) };
  await adminOnly(() => managementRequest<void>(credentials, 'PUT', mgmtPath`/users/${name}`, { body: { ...login, tags: body.tags.join(',') } }));
}

/**
 * Deletes a user. A user named "." or ".." has no path of its own: the bulk delete, which names
 * users in its body, reaches it.
 */
export async function deleteUser(credentials: Credentials, name: string): Promise<void> {
  if (!addressable(name)) {
    await adminOnly(() => managementRequest<void>(credentials, 'POST', '/users/bulk-delete', { body: { users: [name] } }), `User “${name}” does not exist`);
    return;
  }
  await adminOnly(() => managementRequest<void>(credentials, 'DELETE', mgmtPath`/users/${name}`), `User “${name}” does not exist`);
}

/**
 * Deletes several users in one request. The broker stops at the first name it does not know,
 * having deleted those before it: Warren asks for the list first and sends only the users that
 * exist, and says which were already gone.
 */
export async function bulkDeleteUsers(credentials: Credentials, names: readonly string[]): Promise<BulkDeleteUsersResult> {
  const users = await adminOnly(() => managementRequest<BrokerUser[]>(credentials, 'GET', '/users', { query: { columns: 'name' }, fresh: true }));
  const existing = new Set(users.map((user) => user.name));
  const deleted = names.filter((name) => existing.has(name));
  const missing = names.filter((name) => !existing.has(name));
  if (deleted.length) await adminOnly(() => managementRequest<void>(credentials, 'POST', '/users/bulk-delete', { body: { users: deleted } }));
  return { deleted, missing };
}

export async function setUserLimit(credentials: Credentials, user: string, limit: UserLimitName, value: number): Promise<void> {
  await adminOnly(() => managementRequest<void>(credentials, 'PUT', mgmtPath`/user-limits/${user}/${limit}`, { body: { value } }), `User “${user}” does not exist`);
}

/**
 * Removes a limit (no limit then). For a user that does not exist 3.10 answers HTTP 500 with an
 * empty body: Warren looks the user up to say so.
 */
export async function clearUserLimit(credentials: Credentials, user: string, limit: UserLimitName): Promise<void> {
  try {
    await adminOnly(() => managementRequest<void>(credentials, 'DELETE', mgmtPath`/user-limits/${user}/${limit}`));
  } catch (error) {
    if (error instanceof BrokerError && error.code === 'BROKER_ERROR') await brokerUser(credentials, user, { fresh: true });
    throw error;
  }
}
