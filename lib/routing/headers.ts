// Headers matching exactly as RabbitMQ 3.10's headers exchange (rabbit_exchange_type_headers)
// does it:
// - x-match is "all" (the default, also for unknown legacy values), "any", "all-with-x" or
//   "any-with-x";
// - binding arguments whose key starts with "x-" are ignored, except with the -with-x variants
//   (x-match itself is always ignored);
// - "all": every remaining argument's key is present in the headers with an equal value;
//   "any": at least one is. So "all" with no remaining argument matches every message, and
//   "any" with none matches nothing;
// - an argument without a value (AMQP void) matches on the key's presence. The management API
//   lists a void value as the string "undefined" (the Erlang atom), so that string is read as
//   void: a binding whose value really is the text "undefined" is predicted to match on
//   presence alone (null, as amqplib would send it, is void too);
// - values compare with Erlang's ==: numbers by value (1 == 1.0), types otherwise strict
//   ("1" is not 1, "true" is not true).

export type XMatchKind = 'all' | 'any' | 'all-with-x' | 'any-with-x';

export function xMatchKind(bindingArguments: Record<string, unknown>): XMatchKind {
  const value = bindingArguments['x-match'];
  return value === 'any' || value === 'all-with-x' || value === 'any-with-x' ? value : 'all';
}

/** The binding arguments that take part in matching, with the x-match kind. */
export function matchingArguments(bindingArguments: Record<string, unknown>): {
  kind: XMatchKind;
  entries: Array<[string, unknown]>;
} {
  const kind = xMatchKind(bindingArguments);
  const withX = kind === 'all-with-x' || kind === 'any-with-x';
  const entries = Object.entries(bindingArguments).filter(
    ([key]) => key !== 'x-match' && (withX || !key.startsWith('x-')),
  );
  return { kind, entries };
}

export interface HeaderCheck {
  key: string;
  expected: unknown;
  /** Present in the message headers. */
  present: boolean;
  actual?: unknown;
  matched: boolean;
}

/** Each argument's check, for explaining a (non-)match. */
export function headerChecks(bindingArguments: Record<string, unknown>, headers: Record<string, unknown>): HeaderCheck[] {
  return matchingArguments(bindingArguments).entries.map(([key, expected]) => {
    const present = Object.prototype.hasOwnProperty.call(headers, key);
    const actual = present ? headers[key] : undefined;
    const matched = present && (isVoid(expected) || erlangEqual(expected, actual));
    return { key, expected, present, actual, matched };
  });
}

/** A binding argument without a value, as amqplib sends it (null) or the management API lists it ("undefined"). */
export function isVoid(value: unknown): boolean {
  return value === null || value === undefined || value === 'undefined';
}

/** Whether a headers-exchange binding with these arguments matches a message with these headers. */
export function headersMatch(bindingArguments: Record<string, unknown>, headers: Record<string, unknown>): boolean {
  const { kind } = matchingArguments(bindingArguments);
  const checks = headerChecks(bindingArguments, headers);
  return kind === 'any' || kind === 'any-with-x' ? checks.some((c) => c.matched) : checks.every((c) => c.matched);
}

/** Erlang's == on AMQP field values as JSON carries them. */
export function erlangEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => erlangEqual(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      ka.length === kb.length &&
      ka.every((key, i) => key === kb[i] && erlangEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    );
  }
  return a === b;
}
