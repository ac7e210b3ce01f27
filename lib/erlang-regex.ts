import { regexProblem } from './regex';

// Permission and topic-permission patterns are Erlang regular expressions (the `re` module, which
// is PCRE). Warren checks them before sending with the JavaScript engine: the common syntax is
// the same, but PCRE has constructs JavaScript refuses — inline options "(?i)", possessive
// quantifiers "a++", atomic groups "(?>…)", comments "(?#…)", "(?P<name>…)", "(?|…)",
// recursion "(?R)", "(?1)". A pattern using one of those is left to the broker, whose refusal
// (invalid_regexp) reaches the user as a sentence (lib/rabbitmq/errors.ts). The reverse also
// happens (JavaScript accepts a lookbehind of variable length, PCRE does not): the broker says so.
const PCRE_ONLY = /\(\?(?:[imsxnUXJ-]+\)|[imsxnUXJ-]+:|[>#|R&P+]|-?\d)|[*+?}]\+/;

/** Why a permission pattern is not a regular expression the broker would accept, or null. "" is valid (no access). */
export function erlangRegexProblem(pattern: string): string | null {
  const problem = regexProblem(pattern);
  if (problem === null || PCRE_ONLY.test(pattern)) return null;
  return problem;
}
