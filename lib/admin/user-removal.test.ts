import { describe, expect, it } from 'vitest';
import { anyWarning, deletionWarnings, tagChangeWarnings } from './user-removal';

describe('deletionWarnings', () => {
  const admins = ['alice', 'bob'];

  it('warns when the logged-in user deletes themselves', () => {
    expect(deletionWarnings(['alice'], 'alice', admins)).toEqual({ self: true, lastAdministrator: false });
    expect(deletionWarnings(['carol'], 'alice', admins)).toEqual({ self: false, lastAdministrator: false });
  });

  it('warns when every administrator would be gone, not when one is left', () => {
    expect(deletionWarnings(['alice', 'bob', 'carol'], 'zed', admins)).toEqual({ self: false, lastAdministrator: true });
    expect(deletionWarnings(['bob'], 'alice', admins).lastAdministrator).toBe(false);
    expect(deletionWarnings(['bob'], 'alice', ['bob']).lastAdministrator).toBe(true);
  });

  it('does not warn about administrators when there are none to lose', () => {
    expect(deletionWarnings(['carol'], 'alice', [])).toEqual({ self: false, lastAdministrator: false });
    expect(anyWarning(deletionWarnings(['carol'], 'alice', []))).toBe(false);
  });
});

describe('tagChangeWarnings', () => {
  it('warns only when the administrator tag is removed', () => {
    expect(tagChangeWarnings('alice', ['administrator'], ['monitoring'], 'alice', ['alice', 'bob'])).toEqual({ self: true, lastAdministrator: false });
    expect(tagChangeWarnings('alice', ['administrator'], ['administrator', 'x'], 'alice', ['alice'])).toEqual({ self: false, lastAdministrator: false });
    expect(tagChangeWarnings('carol', ['monitoring'], [], 'alice', ['alice'])).toEqual({ self: false, lastAdministrator: false });
  });

  it('warns when the last administrator is demoted, by themselves or by someone else', () => {
    expect(tagChangeWarnings('bob', ['administrator'], [], 'alice', ['bob'])).toEqual({ self: false, lastAdministrator: true });
    expect(tagChangeWarnings('bob', ['administrator'], [], 'bob', ['bob'])).toEqual({ self: true, lastAdministrator: true });
    expect(anyWarning(tagChangeWarnings('bob', ['administrator'], [], 'alice', ['alice', 'bob']))).toBe(false);
  });
});
