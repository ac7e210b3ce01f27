import type { ListUrlQuery } from '@/lib/list-url';

// Query keys for users, their permissions and limits. Hierarchical: every change in Admin → Users
// invalidates ['users'], which refreshes the list (its vhosts column), the user pages and the
// vhost pages' permission sections alike.
export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (query: ListUrlQuery) => [...userKeys.lists(), query] as const,
  administrators: () => [...userKeys.all, 'administrators'] as const,
  names: () => [...userKeys.all, 'names'] as const,
  detail: (name: string) => [...userKeys.all, 'detail', name] as const,
  permissions: (name: string) => [...userKeys.detail(name), 'permissions'] as const,
  topicPermissions: (name: string) => [...userKeys.detail(name), 'topic-permissions'] as const,
  vhostPermissions: (vhost: string) => [...userKeys.all, 'vhost', vhost, 'permissions'] as const,
  vhostTopicPermissions: (vhost: string) => [...userKeys.all, 'vhost', vhost, 'topic-permissions'] as const,
};

/** Users sort by name unless the URL says otherwise, as in the official UI. */
export const USERS_DEFAULT_SORT = 'name';

/** The shell's vhost says nothing about users: it is left out of the list's query and key. */
export const usersListQuery = ({ vhost: _vhost, ...query }: ListUrlQuery): ListUrlQuery => query;
