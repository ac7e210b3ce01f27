// Users, permissions, topic permissions and user limits as Warren's routes answer them. A user's
// password hash never crosses to the browser: `has_password` says whether there is one.

import type { LocalPage } from './page';

/** The per-user limits RabbitMQ 3.10 knows. */
export const USER_LIMITS = ['max-connections', 'max-channels'] as const;
export type UserLimitName = (typeof USER_LIMITS)[number];
export type UserLimits = Partial<Record<UserLimitName, number>>;

/** One row of the users list. */
export interface UserSummary {
  name: string;
  tags: string[];
  /** The vhosts the user has permissions on (from /api/permissions), sorted. */
  vhosts: string[];
  /** False when the password hash is empty: the user cannot log in with a password. */
  has_password: boolean;
}

/** The users list sorts by these (Warren pages and sorts it: the broker does not page /api/users). */
export const USER_SORT_KEYS = ['name', 'tags', 'has_password', 'vhosts'] as const;
export type UserSortKey = (typeof USER_SORT_KEYS)[number];

/** A page of users, and the administrators of the whole list (for the last-administrator warnings). */
export type UsersPage = LocalPage<UserSummary> & { administrators: string[] };

export interface UserDetail {
  name: string;
  tags: string[];
  has_password: boolean;
  limits: UserLimits;
}

/** A user's permissions on one vhost: Erlang regular expressions over resource names. */
export interface Permission {
  user: string;
  vhost: string;
  configure: string;
  write: string;
  read: string;
}

/** A user's topic permissions for one topic exchange of a vhost: regexps over routing keys. */
export interface TopicPermission {
  user: string;
  vhost: string;
  exchange: string;
  write: string;
  read: string;
}

/** The answer of POST /api/users/bulk-delete. */
export interface BulkDeleteUsersResult {
  deleted: string[];
  /** Named in the request but not (or no longer) on the broker. */
  missing: string[];
}
