// Plain module (no zod): the list toolbar checks a regex filter as it is typed, and a list page
// should not load the validation library for that.

/**
 * Why a filter is not a usable regular expression, or null. The broker (Erlang `re`, PCRE) would
 * only answer a generic error, so Warren checks first and says what is wrong.
 */
export function regexProblem(pattern: string): string | null {
  try {
    new RegExp(pattern);
    return null;
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    return `Invalid regular expression: ${detail}`;
  }
}
