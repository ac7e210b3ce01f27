import 'server-only';
import type { Permission, TopicPermission } from '@/lib/api/admin-users';
import type { PermissionBody, TopicPermissionBody } from '@/lib/schemas/admin-users';
import { BrokerError } from '../errors';
import { managementRequest, mgmtPath, type Credentials } from '../management';
import { adminOnly } from './admin-only';

// Permissions and topic permissions, seen from a user (its page) or from a vhost (the vhost's page).

export function listUserPermissions(credentials: Credentials, user: string): Promise<Permission[]> {
  return adminOnly(() => managementRequest<Permission[]>(credentials, 'GET', mgmtPath`/users/${user}/permissions`), `User “${user}” does not exist`);
}

export function listUserTopicPermissions(credentials: Credentials, user: string): Promise<TopicPermission[]> {
  return adminOnly(
    () => managementRequest<TopicPermission[]>(credentials, 'GET', mgmtPath`/users/${user}/topic-permissions`),
    `User “${user}” does not exist`,
  );
}

export function listVhostPermissions(credentials: Credentials, vhost: string): Promise<Permission[]> {
  return adminOnly(
    () => managementRequest<Permission[]>(credentials, 'GET', mgmtPath`/vhosts/${vhost}/permissions`),
    `Virtual host “${vhost}” does not exist`,
  );
}

export function listVhostTopicPermissions(credentials: Credentials, vhost: string): Promise<TopicPermission[]> {
  return adminOnly(
    () => managementRequest<TopicPermission[]>(credentials, 'GET', mgmtPath`/vhosts/${vhost}/topic-permissions`),
    `Virtual host “${vhost}” does not exist`,
  );
}

/** The broker's one word for a PUT naming a vhost or a user it does not have, said with both names. */
async function onVhostAndUser<T>(vhost: string, user: string, request: () => Promise<T>): Promise<T> {
  try {
    return await adminOnly(request);
  } catch (error) {
    if (error instanceof BrokerError && error.message === 'vhost_or_user_not_found') {
      throw new BrokerError('NOT_FOUND', `Virtual host “${vhost}” or user “${user}” does not exist`);
    }
    throw error;
  }
}

export async function setPermission(credentials: Credentials, vhost: string, user: string, body: PermissionBody): Promise<void> {
  await onVhostAndUser(vhost, user, () => managementRequest<void>(credentials, 'PUT', mgmtPath`/permissions/${vhost}/${user}`, { body }));
}

export async function clearPermission(credentials: Credentials, vhost: string, user: string): Promise<void> {
  await adminOnly(
    () => managementRequest<void>(credentials, 'DELETE', mgmtPath`/permissions/${vhost}/${user}`),
    `User “${user}” has no permissions on virtual host “${vhost}”`,
  );
}

export async function setTopicPermission(credentials: Credentials, vhost: string, user: string, body: TopicPermissionBody): Promise<void> {
  await onVhostAndUser(vhost, user, () => managementRequest<void>(credentials, 'PUT', mgmtPath`/topic-permissions/${vhost}/${user}`, { body }));
}

/**
 * Clears a user's topic permissions on a vhost: for one exchange, or (without one) all of them.
 * 3.10's DELETE clears every exchange's at once, whatever the request names. To clear one,
 * Warren reads them just before, clears them all and sets the others again; should that fail,
 * the error names what was not set back.
 */
export async function clearTopicPermission(credentials: Credentials, vhost: string, user: string, exchange?: string): Promise<void> {
  const notFound = `User “${user}” has no topic permissions on virtual host “${vhost}”`;
  const path = mgmtPath`/topic-permissions/${vhost}/${user}`;
  const current = await adminOnly(() => managementRequest<TopicPermission[]>(credentials, 'GET', mgmtPath`/users/${user}/topic-permissions`, { fresh: true }), `User “${user}” does not exist`);
  const onVhost = current.filter((permission) => permission.vhost === vhost);
  if (exchange !== undefined && !onVhost.some((permission) => permission.exchange === exchange)) {
    throw new BrokerError('NOT_FOUND', `User “${user}” has no topic permission for exchange “${exchange}” on virtual host “${vhost}”`);
  }
  await adminOnly(() => managementRequest<void>(credentials, 'DELETE', path), notFound);
  const keep = exchange === undefined ? [] : onVhost.filter((permission) => permission.exchange !== exchange);
  const lost: string[] = [];
  for (const { exchange: other, write, read } of keep) {
    await managementRequest<void>(credentials, 'PUT', path, { body: { exchange: other, write, read } }).catch(() => lost.push(other));
  }
  if (lost.length) {
    throw new BrokerError(
      'BROKER_ERROR',
      `The topic permission for “${exchange}” was cleared, but RabbitMQ clears all of a vhost's at once and did not take back those for: ${lost.join(', ')}. Set them again.`,
    );
  }
}
