// Plain module (no zod): the list toolbar checks a regex filter as it is typed, and a list page
// should not load the validation library for that.

/** What the JavaScript engine finds wrong with a pattern (its own words), or null when it compiles. */
export function regexError(pattern: string): string | null {
  try {
    new RegExp(pattern);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
  }
}

/**
 * Why a filter is not a usable regular expression, or null. The broker (Erlang `re`, PCRE) would
 * only answer a generic error, so Warren checks first and says what is wrong.
 */
export function regexProblem(pattern: string): string | null {
  const detail = regexError(pattern);
  return detail === null ? null : `Invalid regular expression: ${detail}`;
}
