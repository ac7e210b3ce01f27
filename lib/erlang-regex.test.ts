import { describe, expect, it } from 'vitest';
import { erlangRegexProblem } from './erlang-regex';

describe('erlangRegexProblem', () => {
  it('accepts the usual permission patterns, the empty one (no access) included', () => {
    for (const pattern of ['.*', '', '^$', '^amq\\.gen.*', '^(orders|billing)\\..*', '^水续传$', '[a-z]{2,5}']) {
      expect(erlangRegexProblem(pattern), pattern).toBeNull();
    }
  });

  it('refuses what neither engine compiles, in the JavaScript engine’s words', () => {
    expect(erlangRegexProblem('(')).toMatch(/^Invalid regular expression: .*Unterminated group/);
    expect(erlangRegexProblem('[a-')).toMatch(/^Invalid regular expression/);
    expect(erlangRegexProblem('*')).toMatch(/Nothing to repeat/);
  });

  // Regression: the JavaScript check refused patterns the broker accepts, so they could not be set at all.
  it('leaves PCRE-only syntax to the broker', () => {
    for (const pattern of ['(?i)^orders', '(?i:orders)', 'a++', '(?>ab|a)c', '(?#note)x', '(?P<name>a)', '(?|a|b)', '(a|(?R))', '(a)(?1)']) {
      expect(erlangRegexProblem(pattern), pattern).toBeNull();
    }
  });
});
