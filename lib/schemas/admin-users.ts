import { z } from './zod';
import { USER_LIMITS, USER_SORT_KEYS } from '@/lib/api/admin-users';
import { isDotSegment } from '@/lib/api/segments';
import { erlangRegexProblem } from '@/lib/erlang-regex';
import { nameSegment } from './common';
import { listQuerySchema } from './list';

// Users, permissions and user limits: shared by the Admin → Users forms and their route handlers.

export const userParams = z.object({ name: nameSegment });
export const permissionParams = z.object({ vhost: nameSegment, user: nameSegment });
export const userLimitParams = z.object({ user: nameSegment, name: z.enum(USER_LIMITS) });

/** The users list: paging, filter and the sort keys Warren sorts by. */
export const usersQuerySchema = listQuerySchema.refine((query) => !query.sort || (USER_SORT_KEYS as readonly string[]).includes(query.sort), {
  path: ['sort'],
  message: `Users sort by ${USER_SORT_KEYS.join(', ')}`,
});

/** A user name Warren can create: the management API cannot address "." or "..". */
export function userNameProblem(name: string): string | null {
  if (!name) return 'Enter a username';
  if (name.length > 255) return 'Usernames are at most 255 characters';
  if (isDotSegment(name)) return 'Usernames “.” and “..” cannot be used through the management API (a URL path reads them as steps to another path)';
  return null;
}

export const MAX_TAGS = 50;

/** The broker keeps tags as a comma-separated list: a tag cannot hold a comma. */
export const userTagSchema = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty')
  .max(255, 'A tag is at most 255 characters')
  .refine((tag) => !tag.includes(','), 'A tag cannot contain a comma');

export const tagsSchema = z
  .array(userTagSchema)
  .max(MAX_TAGS, `At most ${MAX_TAGS} tags`)
  .transform((tags) => [...new Set(tags)]);

/** Tags typed as text: comma-separated, trimmed, without empties or repeats, in the order typed. */
export function parseTagList(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/**
 * keep: the password stays as it is (the server sends the user's current hash back to the
 * broker: its PUT needs a password or a hash); set: a new password; none: login with a password
 * disabled (an empty hash), for users who authenticate otherwise (certificates).
 */
export const PASSWORD_MODES = ['keep', 'set', 'none'] as const;
export type PasswordMode = (typeof PASSWORD_MODES)[number];

export const MAX_PASSWORD_LENGTH = 1024;

/** PUT /api/users/:name — create or update a user. */
export const userBodySchema = z
  .object({
    tags: tagsSchema,
    password_mode: z.enum(PASSWORD_MODES),
    password: z.string().min(1, 'Enter a password').max(MAX_PASSWORD_LENGTH, `A password is at most ${MAX_PASSWORD_LENGTH} characters`).optional(),
    /** Only create: refuse when the user exists (the broker's PUT would overwrite it). */
    create: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.password_mode === 'set' && body.password === undefined) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'Enter a password' });
    }
    if (body.password_mode !== 'set' && body.password !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: `A password goes with password_mode "set", not "${body.password_mode}"` });
    }
    if (body.create && body.password_mode === 'keep') {
      ctx.addIssue({ code: 'custom', path: ['password_mode'], message: 'A new user has no password to keep: set one, or choose no password' });
    }
  });
export type UserBody = z.input<typeof userBodySchema>;

/** POST /api/users/bulk-delete */
export const bulkDeleteUsersSchema = z.object({
  users: z
    .array(nameSegment)
    .min(1, 'Choose at least one user')
    .max(500, 'At most 500 users at a time')
    .transform((users) => [...new Set(users)]),
});

/** A permission or topic-permission pattern: an Erlang regular expression; "" matches nothing. */
export const permissionPatternSchema = z
  .string()
  .max(1000, 'A pattern is at most 1000 characters')
  .superRefine((pattern, ctx) => {
    const problem = erlangRegexProblem(pattern);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** What the "Set permission" forms start with, as in the official UI. */
export const DEFAULT_PATTERN = '.*';

/** PUT /api/permissions/:vhost/:user — all three are required, as the broker requires them. */
export const permissionBodySchema = z.object({
  configure: permissionPatternSchema,
  write: permissionPatternSchema,
  read: permissionPatternSchema,
});
export type PermissionBody = z.output<typeof permissionBodySchema>;

/** PUT /api/topic-permissions/:vhost/:user — for one topic exchange. */
export const topicPermissionBodySchema = z.object({
  exchange: z.string().min(1, 'Choose a topic exchange').max(255, 'Exchange names are at most 255 characters'),
  write: permissionPatternSchema,
  read: permissionPatternSchema,
});
export type TopicPermissionBody = z.output<typeof topicPermissionBodySchema>;

/** DELETE /api/topic-permissions/:vhost/:user?exchange= — one exchange's, or (without) all of the vhost's. */
export const topicPermissionDeleteQuery = z.object({
  exchange: z.string().min(1).max(255).optional(),
});

export const MAX_USER_LIMIT = 2 ** 31 - 1;

/** PUT /api/user-limits/:user/:name — 0 allows none; no limit is the limit removed. */
export const userLimitBodySchema = z.object({
  value: z
    .number({ error: 'The limit is a number' })
    .int('The limit is a whole number')
    .min(0, 'The limit is 0 or more; remove it for no limit')
    .max(MAX_USER_LIMIT, `The limit is at most ${MAX_USER_LIMIT}`),
});
