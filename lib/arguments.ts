import type { Arguments } from '@/lib/schemas/arguments';

/** One row of the typed arguments editor (key, value, type), as the official UI has it. */
export type ArgumentType = 'string' | 'number' | 'boolean' | 'list';
export interface ArgumentRow {
  key: string;
  value: string;
  type: ArgumentType;
}

/** What is wrong with a row, as a code the editor words in the user's language (args.error.*). */
export type ArgumentRowError =
  | { code: 'keyMissing' }
  | { code: 'duplicateKey' | 'notABoolean' | 'notAList'; params: { key: string } }
  | { code: 'notANumber'; params: { key: string; value: string } };

export interface ArgumentsResult {
  value: Arguments;
  /** Row index → what is wrong with it. Empty when every row is valid. */
  errors: Record<number, ArgumentRowError>;
}

/** Turns editor rows into typed arguments; blank rows are ignored, each bad row says why. */
export function argumentsFromRows(rows: readonly ArgumentRow[]): ArgumentsResult {
  const value: Arguments = {};
  const errors: Record<number, ArgumentRowError> = {};
  rows.forEach((row, index) => {
    const key = row.key.trim();
    if (!key && !row.value.trim()) return;
    if (!key) {
      errors[index] = { code: 'keyMissing' };
      return;
    }
    if (Object.hasOwn(value, key)) {
      errors[index] = { code: 'duplicateKey', params: { key } };
      return;
    }
    const parsed = parseValue(row.value, row.type);
    if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
      errors[index] = parsed.error === 'notANumber' ? { code: parsed.error, params: { key, value: row.value } } : { code: parsed.error, params: { key } };
    } else {
      // defineProperty, not "=": an argument named "__proto__" is a key like any other, not the prototype.
      Object.defineProperty(value, key, { value: parsed, enumerable: true, writable: true, configurable: true });
    }
  });
  return { value, errors };
}

function parseValue(raw: string, type: ArgumentType): Arguments[string] | { error: 'notANumber' | 'notABoolean' | 'notAList' } {
  const text = raw.trim();
  switch (type) {
    case 'string':
      return raw;
    case 'number': {
      if (text === '' || !Number.isFinite(Number(text))) return { error: 'notANumber' };
      return Number(text);
    }
    case 'boolean': {
      if (text === 'true') return true;
      if (text === 'false') return false;
      // A boolean is true or false.
      return { error: 'notABoolean' };
    }
    case 'list': {
      if (text.startsWith('[')) {
        try {
          const list: unknown = JSON.parse(text);
          if (Array.isArray(list) && list.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
            return list as Array<string | number | boolean>;
          }
        } catch {
          // fall through to the message below
        }
        // A list is a JSON array of strings, numbers or booleans, or comma-separated text.
        return { error: 'notAList' };
      }
      return text === '' ? [] : text.split(',').map((item) => item.trim());
    }
  }
}

/** The other way round, for showing and editing existing arguments. */
export function rowsFromArguments(args: Record<string, unknown> | undefined): ArgumentRow[] {
  return Object.entries(args ?? {}).map(([key, value]) => ({
    key,
    value: Array.isArray(value) ? JSON.stringify(value) : String(value),
    type: Array.isArray(value) ? 'list' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string',
  }));
}
