import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topicMatches } from './topic';

// topicMatches against a second, independent statement of RabbitMQ's rule: each routing-key word
// is written "." + word (the empty key has no words), "*" is one such word, "#" any number of
// them, and a literal is itself. A regular expression over that form is the reference.
function reference(pattern: string, key: string): boolean {
  const dotted = key === '' ? '' : `.${key}`;
  const words = pattern === '' ? [] : pattern.split('.');
  const source = words
    .map((word) => (word === '*' ? '\\.[^.]*' : word === '#' ? '(?:\\.[^.]*)*' : `\\.${word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}`))
    .join('');
  // Built from the test's own generated words: never user input.
  return new RegExp(`^${source}$`).test(dotted);
}

const word = fc.constantFrom('a', 'b', 'orange', '', 'x-y');
const patternWord = fc.constantFrom('a', 'b', 'orange', '', '*', '#', '#');
const join = (words: string[]) => words.join('.');

describe('topicMatches, by property', () => {
  it('agrees with the reference on every generated pattern and key', () => {
    fc.assert(
      fc.property(fc.array(patternWord, { maxLength: 6 }).map(join), fc.array(word, { maxLength: 6 }).map(join), (pattern, key) => {
        expect(topicMatches(pattern, key), `${JSON.stringify(pattern)} vs ${JSON.stringify(key)}`).toBe(reference(pattern, key));
      }),
      { numRuns: 5000 },
    );
  });

  it('"#" matches every key; a key without wildcards matches itself', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }).map(join), (key) => {
        expect(topicMatches('#', key)).toBe(true);
        expect(topicMatches(key, key)).toBe(true);
      }),
    );
  });

  // What the broker answered for these (RabbitMQ's tutorial 5, and tests/integration/routing.test.ts).
  it('matches the examples the broker agreed with', () => {
    const agreed: Array<[string, string, boolean]> = [
      ['*.orange.*', 'quick.orange.rabbit', true],
      ['*.*.rabbit', 'quick.orange.rabbit', true],
      ['lazy.#', 'lazy.orange.elephant', true],
      ['*.orange.*', 'quick.orange.fox', true],
      ['*.*.rabbit', 'lazy.brown.fox', false],
      ['lazy.#', 'lazy.pink.rabbit', true],
      ['*.orange.*', 'quick.brown.fox', false],
      ['*.orange.*', 'orange', false],
      ['*.orange.*', 'quick.orange.new.rabbit', false],
      ['lazy.#', 'lazy.orange.new.rabbit', true],
      ['lazy.#', 'lazy', true],
      ['a.*', 'a.', true],
      ['a.#.b', 'a.b', true],
      ['*', '', false],
      ['#', '', true],
    ];
    for (const [pattern, key, expected] of agreed) expect(topicMatches(pattern, key), `${pattern} vs ${key}`).toBe(expected);
  });
});
