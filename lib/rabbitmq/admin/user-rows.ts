import 'server-only';
import type { UserSortKey, UserSummary } from '@/lib/api/admin-users';

// The users list's rows, built and sorted in Warren (the broker does not page /api/users). Pure.

/** Each user with the vhosts it has permissions on (sorted; none is "No access" in the UI). */
export function userRows(
  users: ReadonlyArray<Omit<UserSummary, 'vhosts'>>,
  permissions: ReadonlyArray<{ user: string; vhost: string }>,
): UserSummary[] {
  const vhosts = new Map<string, string[]>();
  for (const { user, vhost } of permissions) {
    const list = vhosts.get(user);
    if (list) list.push(vhost);
    else vhosts.set(user, [vhost]);
  }
  return users.map((user) => ({ ...user, tags: [...user.tags], vhosts: [...(vhosts.get(user.name) ?? [])].sort(compare) }));
}

// Code-point order, like the broker's own sort of names: the same in every locale.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const sortValue: Record<UserSortKey, (user: UserSummary) => string | number> = {
  name: (user) => user.name,
  tags: (user) => user.tags.join(','),
  has_password: (user) => (user.has_password ? 1 : 0),
  vhosts: (user) => user.vhosts.length,
};

/** Sorted by a key, then by name; descending reverses the key only. A key Warren does not know sorts by name. */
export function sortUsers(users: readonly UserSummary[], key: string, descending: boolean): UserSummary[] {
  const value = sortValue[key as UserSortKey] ?? sortValue.name;
  return [...users].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : compare(String(x), String(y));
    return (descending ? -order : order) || compare(a.name, b.name);
  });
}
