import { describe, expect, it } from 'vitest';
import {
  bulkDeleteUsersSchema,
  parseTagList,
  permissionBodySchema,
  tagsSchema,
  topicPermissionBodySchema,
  topicPermissionDeleteQuery,
  userBodySchema,
  userLimitBodySchema,
  userLimitParams,
  userNameProblem,
  usersQuerySchema,
} from './admin-users';

describe('user tags', () => {
  it('reads comma-separated text: trimmed, without empties or repeats, in the order typed', () => {
    expect(parseTagList(' administrator, monitoring,,  custom tag ,monitoring ')).toEqual(['administrator', 'monitoring', 'custom tag']);
    expect(parseTagList('')).toEqual([]);
    expect(parseTagList(' , ')).toEqual([]);
  });

  it('refuses a tag with a comma (the broker stores them comma-separated) and too many tags', () => {
    expect(tagsSchema.safeParse(['a,b']).success).toBe(false);
    expect(tagsSchema.safeParse(['']).success).toBe(false);
    expect(tagsSchema.safeParse(Array.from({ length: 51 }, (_, i) => `t${i}`)).success).toBe(false);
    expect(tagsSchema.parse(['x', 'x', ' y '])).toEqual(['x', 'y']);
  });
});

describe('userBodySchema', () => {
  it('takes the three password modes', () => {
    expect(userBodySchema.parse({ tags: ['management'], password_mode: 'set', password: 's3cret' })).toEqual({
      tags: ['management'],
      password_mode: 'set',
      password: 's3cret',
    });
    expect(userBodySchema.safeParse({ tags: [], password_mode: 'keep' }).success).toBe(true);
    expect(userBodySchema.safeParse({ tags: [], password_mode: 'none' }).success).toBe(true);
  });

  it('needs a password to set one, and none for the other modes', () => {
    expect(userBodySchema.safeParse({ tags: [], password_mode: 'set' }).success).toBe(false);
    expect(userBodySchema.safeParse({ tags: [], password_mode: 'set', password: '' }).success).toBe(false);
    expect(userBodySchema.safeParse({ tags: [], password_mode: 'keep', password: 'x' }).success).toBe(false);
    expect(userBodySchema.safeParse({ tags: [], password_mode: 'none', password: 'x' }).success).toBe(false);
  });

  it('refuses "keep" for a new user, which has no password to keep', () => {
    const result = userBodySchema.safeParse({ tags: [], password_mode: 'keep', create: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['password_mode']);
  });

  // The route fuzz sends `{}` to every PUT: it must not create or change a user.
  it('refuses a body without tags or a password mode', () => {
    expect(userBodySchema.safeParse({}).success).toBe(false);
    expect(userBodySchema.safeParse({ password_mode: 'none' }).success).toBe(false);
    expect(userBodySchema.safeParse({ tags: [] }).success).toBe(false);
    expect(userBodySchema.safeParse({ username: '<b>', password: '' }).success).toBe(false);
  });
});

describe('userNameProblem', () => {
  it('refuses empty, overlong and dot names, and keeps every other name as it is', () => {
    expect(userNameProblem('')).toMatch(/Enter/);
    expect(userNameProblem('x'.repeat(256))).toMatch(/255/);
    expect(userNameProblem('.')).toMatch(/cannot be used/);
    expect(userNameProblem('..')).toMatch(/cannot be used/);
    for (const name of ['<img src=x onerror=alert(1)>', '水续传', 'a/b%c', ' spaced ', '...']) expect(userNameProblem(name), name).toBeNull();
  });
});

describe('permission bodies', () => {
  it('needs all three patterns, and accepts "" (no access) and PCRE-only syntax', () => {
    expect(permissionBodySchema.safeParse({ configure: '.*', write: '.*' }).success).toBe(false);
    expect(permissionBodySchema.parse({ configure: '', write: '^amq\\.', read: '(?i)^orders' })).toEqual({
      configure: '',
      write: '^amq\\.',
      read: '(?i)^orders',
    });
  });

  it('refuses a pattern that is no regular expression, saying why', () => {
    const result = permissionBodySchema.safeParse({ configure: '(', write: '.*', read: '.*' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['configure']);
    expect(result.error?.issues[0]?.message).toMatch(/^Invalid regular expression/);
  });

  it('topic permissions need an exchange', () => {
    expect(topicPermissionBodySchema.safeParse({ exchange: '', write: '.*', read: '.*' }).success).toBe(false);
    expect(topicPermissionBodySchema.safeParse({ exchange: 'amq.topic', write: '^a', read: '[' }).success).toBe(false);
    expect(topicPermissionBodySchema.parse({ exchange: 'amq.topic', write: '^a', read: '.*' }).exchange).toBe('amq.topic');
    expect(topicPermissionDeleteQuery.parse({})).toEqual({});
    expect(topicPermissionDeleteQuery.safeParse({ exchange: '' }).success).toBe(false);
  });
});

describe('user limits', () => {
  it('knows max-connections and max-channels only', () => {
    expect(userLimitParams.safeParse({ user: 'u', name: 'max-connections' }).success).toBe(true);
    expect(userLimitParams.safeParse({ user: 'u', name: 'max-channels' }).success).toBe(true);
    expect(userLimitParams.safeParse({ user: 'u', name: 'max-queues' }).success).toBe(false);
  });

  it('takes whole numbers from 0', () => {
    expect(userLimitBodySchema.parse({ value: 0 })).toEqual({ value: 0 });
    for (const value of [-1, 1.5, '5', Number.NaN, 2 ** 31]) expect(userLimitBodySchema.safeParse({ value }).success, String(value)).toBe(false);
    expect(userLimitBodySchema.safeParse({}).success).toBe(false);
  });
});

describe('lists', () => {
  it('bulk delete takes 1 to 500 names, each once', () => {
    expect(bulkDeleteUsersSchema.parse({ users: ['a', 'b', 'a'] })).toEqual({ users: ['a', 'b'] });
    expect(bulkDeleteUsersSchema.safeParse({ users: [] }).success).toBe(false);
    expect(bulkDeleteUsersSchema.safeParse({}).success).toBe(false);
    expect(bulkDeleteUsersSchema.safeParse({ users: Array.from({ length: 501 }, (_, i) => `u${i}`) }).success).toBe(false);
  });

  it('the users list sorts by its own keys only', () => {
    expect(usersQuerySchema.parse({ sort: 'has_password' }).sort).toBe('has_password');
    expect(usersQuerySchema.safeParse({ sort: 'messages' }).success).toBe(false);
    expect(usersQuerySchema.parse({}).page_size).toBe(100);
  });
});
