import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangEqual, headersMatch } from './headers';

// headersMatch by property, against the rule written plainly: the binding's arguments (without
// x-match, and without other x- ones unless -with-x) each either have the same value in the
// headers (Erlang ==) or, when void, the key at all; "all" needs every one, "any" one of them.
const key = fc.constantFrom('format', 'type', 'x-tag', 'region', 'n');
const value = fc.oneof(fc.constantFrom('pdf', 'log', 'eu', 'true', '1', 'undefined'), fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.constant(1.0));
const table = fc.dictionary(key, value, { maxKeys: 4 });
const kind = fc.constantFrom('all', 'any', 'all-with-x', 'any-with-x', undefined);

function reference(args: Record<string, unknown>, headers: Record<string, unknown>): boolean {
  const match = args['x-match'];
  const withX = match === 'all-with-x' || match === 'any-with-x';
  const any = match === 'any' || match === 'any-with-x';
  const entries = Object.entries(args).filter(([k]) => k !== 'x-match' && (withX || !k.startsWith('x-')));
  const holds = ([k, v]: [string, unknown]) =>
    v === null || v === 'undefined' ? k in headers : k in headers && erlangEqual(headers[k], v);
  return any ? entries.some(holds) : entries.every(holds);
}

describe('headersMatch, by property', () => {
  it('agrees with the rule written plainly', () => {
    fc.assert(
      fc.property(table, kind, table, (bindingArgs, xMatch, headers) => {
        const args = xMatch ? { ...bindingArgs, 'x-match': xMatch } : bindingArgs;
        expect(headersMatch(args, headers)).toBe(reference(args, headers));
      }),
      { numRuns: 5000 },
    );
  });

  it('a header the binding does not name never changes the outcome', () => {
    fc.assert(
      fc.property(table, kind, table, value, (bindingArgs, xMatch, headers, extra) => {
        const args = xMatch ? { ...bindingArgs, 'x-match': xMatch } : bindingArgs;
        fc.pre(!('unnamed' in args));
        expect(headersMatch(args, { ...headers, unnamed: extra })).toBe(headersMatch(args, headers));
      }),
    );
  });

  it('"all" matching with at least one argument means "any" matches too', () => {
    fc.assert(
      fc.property(table, table, (bindingArgs, headers) => {
        const counted = Object.keys(bindingArgs).filter((k) => !k.startsWith('x-')).length;
        if (counted > 0 && headersMatch({ ...bindingArgs, 'x-match': 'all' }, headers)) {
          expect(headersMatch({ ...bindingArgs, 'x-match': 'any' }, headers)).toBe(true);
        }
      }),
    );
  });
});
