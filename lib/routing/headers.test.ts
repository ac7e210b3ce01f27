import { describe, expect, it } from 'vitest';
import { erlangEqual, headerChecks, headersMatch, matchingArguments, xMatchKind } from './headers';

describe('xMatchKind', () => {
  it('defaults to all, also for values the broker would not accept today (legacy bindings)', () => {
    expect(xMatchKind({})).toBe('all');
    expect(xMatchKind({ 'x-match': 'any' })).toBe('any');
    expect(xMatchKind({ 'x-match': 'all-with-x' })).toBe('all-with-x');
    expect(xMatchKind({ 'x-match': 'any-with-x' })).toBe('any-with-x');
    expect(xMatchKind({ 'x-match': 'ANY' })).toBe('all');
    expect(xMatchKind({ 'x-match': 1 })).toBe('all');
  });
});

describe('matchingArguments', () => {
  it('drops x-match always and other x- keys unless -with-x', () => {
    expect(matchingArguments({ 'x-match': 'all', a: 1, 'x-b': 2 }).entries).toEqual([['a', 1]]);
    expect(matchingArguments({ 'x-match': 'any-with-x', a: 1, 'x-b': 2 }).entries).toEqual([
      ['a', 1],
      ['x-b', 2],
    ]);
    // Only the "x-" prefix counts: "X-" and "x_" are ordinary keys.
    expect(matchingArguments({ 'X-b': 2, x_c: 3 }).entries).toHaveLength(2);
  });
});

describe('headersMatch', () => {
  it('all: every argument present and equal', () => {
    const binding = { 'x-match': 'all', format: 'pdf', type: 'report' };
    expect(headersMatch(binding, { format: 'pdf', type: 'report', extra: 1 })).toBe(true);
    expect(headersMatch(binding, { format: 'pdf' })).toBe(false);
    expect(headersMatch(binding, { format: 'pdf', type: 'log' })).toBe(false);
  });

  it('x-match defaults to all', () => {
    expect(headersMatch({ a: '1', b: '2' }, { a: '1' })).toBe(false);
    expect(headersMatch({ a: '1', b: '2' }, { a: '1', b: '2' })).toBe(true);
  });

  it('any: one argument is enough', () => {
    const binding = { 'x-match': 'any', format: 'pdf', type: 'report' };
    expect(headersMatch(binding, { type: 'report' })).toBe(true);
    expect(headersMatch(binding, { format: 'zip', type: 'log' })).toBe(false);
    expect(headersMatch(binding, {})).toBe(false);
  });

  it('all with nothing left to compare matches every message; any matches none', () => {
    expect(headersMatch({}, {})).toBe(true);
    expect(headersMatch({ 'x-match': 'all' }, { a: 1 })).toBe(true);
    expect(headersMatch({ 'x-match': 'all', 'x-only': 'v' }, {})).toBe(true);
    expect(headersMatch({ 'x-match': 'any' }, { a: 1 })).toBe(false);
    expect(headersMatch({ 'x-match': 'any', 'x-only': 'v' }, { 'x-only': 'v' })).toBe(false);
  });

  it('x- arguments only count with the -with-x variants', () => {
    const headers = { 'x-first-death-reason': 'expired' };
    expect(headersMatch({ 'x-match': 'any', 'x-first-death-reason': 'expired' }, headers)).toBe(false);
    expect(headersMatch({ 'x-match': 'any-with-x', 'x-first-death-reason': 'expired' }, headers)).toBe(true);
    expect(headersMatch({ 'x-match': 'all-with-x', 'x-first-death-reason': 'rejected' }, headers)).toBe(false);
    expect(headersMatch({ 'x-match': 'all', 'x-first-death-reason': 'rejected' }, headers)).toBe(true);
    expect(
      headersMatch({ 'x-match': 'all-with-x', 'x-first-death-reason': 'expired', 'x-first-death-queue': 'q' }, {
        ...headers,
        'x-first-death-queue': 'q',
      }),
    ).toBe(true);
  });

  it('a void (null) argument matches on presence of the key', () => {
    expect(headersMatch({ flag: null }, { flag: 'anything' })).toBe(true);
    expect(headersMatch({ flag: null }, { flag: false })).toBe(true);
    expect(headersMatch({ flag: null }, {})).toBe(false);
    expect(headersMatch({ 'x-match': 'any', flag: null, other: 'x' }, { flag: 1 })).toBe(true);
    // How the management API lists a void binding value.
    expect(headersMatch({ flag: 'undefined' }, { flag: 2 })).toBe(true);
    expect(headersMatch({ flag: 'undefined' }, {})).toBe(false);
  });

  it('compares values with their types (as Erlang ==), numbers by value', () => {
    expect(headersMatch({ n: 1 }, { n: 1 })).toBe(true);
    expect(headersMatch({ n: 1 }, { n: '1' })).toBe(false);
    expect(headersMatch({ b: true }, { b: 'true' })).toBe(false);
    expect(headersMatch({ b: true }, { b: true })).toBe(true);
    expect(headersMatch({ s: 'A' }, { s: 'a' })).toBe(false);
    expect(headersMatch({ l: ['a', 'b'] }, { l: ['a', 'b'] })).toBe(true);
    expect(headersMatch({ l: ['a', 'b'] }, { l: ['b', 'a'] })).toBe(false);
    // A present header with a null value is not equal to a real value.
    expect(headersMatch({ s: 'v' }, { s: null })).toBe(false);
  });

  it('keys are case-sensitive', () => {
    expect(headersMatch({ Format: 'pdf' }, { format: 'pdf' })).toBe(false);
  });
});

describe('headerChecks', () => {
  it('says which argument matched and which did not', () => {
    expect(headerChecks({ 'x-match': 'all', a: '1', b: '2' }, { a: '1', b: '3' })).toEqual([
      { key: 'a', expected: '1', present: true, actual: '1', matched: true },
      { key: 'b', expected: '2', present: true, actual: '3', matched: false },
    ]);
  });
});

describe('erlangEqual', () => {
  it('is deep for lists and tables', () => {
    expect(erlangEqual([1, 'a'], [1, 'a'])).toBe(true);
    expect(erlangEqual({ a: 1, b: [true] }, { b: [true], a: 1 })).toBe(true);
    expect(erlangEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(erlangEqual([], {})).toBe(false);
  });
});
