import { describe, expect, it } from 'vitest';
import { splitTopic, topicMatches } from './topic';

describe('splitTopic', () => {
  it('splits like the broker: the empty key has zero words, dots make empty words', () => {
    expect(splitTopic('')).toEqual([]);
    expect(splitTopic('a')).toEqual(['a']);
    expect(splitTopic('a..b')).toEqual(['a', '', 'b']);
    expect(splitTopic('.')).toEqual(['', '']);
    expect(splitTopic('a.')).toEqual(['a', '']);
    expect(splitTopic('.a')).toEqual(['', 'a']);
  });
});

describe('topicMatches', () => {
  const cases: Array<[pattern: string, key: string, expected: boolean]> = [
    ['a.b', 'a.b', true],
    ['a.b', 'a.c', false],
    ['a.b', 'a.b.c', false],
    ['*', 'a', true],
    ['*', '', false], // "" has zero words; * needs exactly one
    ['*', '.', false],
    ['*.*', '.', true], // two empty words
    ['*', 'a.b', false],
    ['a.*', 'a.', true], // the empty last word is a word
    ['a.*', 'a', false],
    ['#', '', true],
    ['#', 'a.b.c', true],
    ['#', '.', true],
    ['', '', true],
    ['', 'a', false],
    ['a', '', false],
    ['#.#', '', true],
    ['#.#', 'a', true],
    ['#.#', 'a.b.c', true],
    ['a.#', 'a', true], // # matches zero words
    ['a.#', 'a.b.c', true],
    ['a.#', 'b.a', false],
    ['#.a', 'a', true],
    ['#.a', 'x.y.a', true],
    ['#.a', 'a.x', false],
    ['a.#.b', 'a.b', true],
    ['a.#.b', 'a.x.b', true],
    ['a.#.b', 'a.x.y.b', true],
    ['a.#.b', 'a.b.x', false],
    ['a.#.b', 'a.b.b', true],
    ['a.*.b', 'a.b', false],
    ['a.*.b', 'a..b', true], // the empty middle word
    ['a..b', 'a..b', true],
    ['a..b', 'a.b', false],
    ['*.#', '', false],
    ['*.#', 'a', true],
    ['#.*', 'a.b', true],
    ['#.*.#', '', false],
    ['#.*.#', 'x', true],
    ['*.*.#', 'a', false],
    ['a.*.#.c', 'a.b.c', true],
    ['a.*.#.c', 'a.c', false],
    ['A', 'a', false], // case-sensitive
    ['订单.*', '订单.创建', true],
    ['订单.#', '订单', true],
    // A key's own * and # are plain words.
    ['a.b', 'a.*', false],
    ['*', '*', true],
    ['#', '#', true],
    ['a.*', 'a.#', true],
    ['a', '#', false],
    ['a.#', 'a.#.#', true],
  ];
  it.each(cases)('%j matches %j: %s', (pattern, key, expected) => {
    expect(topicMatches(pattern, key)).toBe(expected);
  });

  it('stays fast on many consecutive #', () => {
    const pattern = Array.from({ length: 60 }, () => '#').join('.') + '.z';
    const key = Array.from({ length: 200 }, () => 'a').join('.');
    const started = performance.now();
    expect(topicMatches(pattern, key)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
