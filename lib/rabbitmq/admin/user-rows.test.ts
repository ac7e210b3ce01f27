import { describe, expect, it } from 'vitest';
import { sortUsers, userRows } from './user-rows';

const users = [
  { name: 'carol', tags: ['monitoring'], has_password: true },
  { name: 'alice', tags: ['administrator'], has_password: true },
  { name: 'bob', tags: [], has_password: false },
];
const permissions = [
  { user: 'alice', vhost: 'team-b' },
  { user: 'alice', vhost: '/' },
  { user: 'carol', vhost: 'team-a' },
  { user: 'ghost', vhost: '/' },
];

describe('userRows', () => {
  it('gives each user its vhosts, sorted, and none to a user without permissions', () => {
    const rows = userRows(users, permissions);
    expect(rows.map((row) => [row.name, row.vhosts])).toEqual([
      ['carol', ['team-a']],
      ['alice', ['/', 'team-b']],
      ['bob', []],
    ]);
  });
});

describe('sortUsers', () => {
  const rows = userRows(users, permissions);
  const names = (sorted: ReturnType<typeof sortUsers>) => sorted.map((row) => row.name);

  it('sorts by name, ascending or descending', () => {
    expect(names(sortUsers(rows, 'name', false))).toEqual(['alice', 'bob', 'carol']);
    expect(names(sortUsers(rows, 'name', true))).toEqual(['carol', 'bob', 'alice']);
  });

  it('sorts by tags, password and number of vhosts, ties by name', () => {
    expect(names(sortUsers(rows, 'tags', false))).toEqual(['bob', 'alice', 'carol']);
    expect(names(sortUsers(rows, 'has_password', false))).toEqual(['bob', 'alice', 'carol']);
    expect(names(sortUsers(rows, 'vhosts', true))).toEqual(['alice', 'carol', 'bob']);
  });

  it('does not change the list it was given', () => {
    const before = names(rows);
    sortUsers(rows, 'name', true);
    expect(names(rows)).toEqual(before);
  });
});
