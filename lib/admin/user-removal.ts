import { isAdministrator } from '@/lib/tags';

// What deleting users or changing a user's tags does to the people running the broker: the
// confirmations warn before the logged-in user deletes or demotes themselves, and before the
// last administrator goes (then nobody can manage users, permissions or vhosts through the
// management API; only rabbitmqctl on a node can add one back). Pure.

export interface RemovalWarnings {
  /** The logged-in user is among those deleted: the session ends with the next request. */
  self: boolean;
  /** No administrator would be left. */
  lastAdministrator: boolean;
}

/** Deleting these users. `administrators` are those of the whole user list. */
export function deletionWarnings(deleted: readonly string[], me: string, administrators: readonly string[]): RemovalWarnings {
  const gone = new Set(deleted);
  return {
    self: gone.has(me),
    lastAdministrator: administrators.some((name) => gone.has(name)) && administrators.every((name) => gone.has(name)),
  };
}

/** Changing one user's tags: only losing the administrator tag warns. */
export function tagChangeWarnings(
  user: string,
  before: readonly string[],
  after: readonly string[],
  me: string,
  administrators: readonly string[],
): RemovalWarnings {
  const demoted = isAdministrator(before) && !isAdministrator(after);
  if (!demoted) return { self: false, lastAdministrator: false };
  return { self: user === me, lastAdministrator: administrators.every((name) => name === user) };
}

export const anyWarning = (warnings: RemovalWarnings) => warnings.self || warnings.lastAdministrator;
