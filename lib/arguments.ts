import type { Arguments } from '@/lib/schemas/arguments';

/** One row of the typed arguments editor (key, value, type), as the official UI has it. */
export type ArgumentType = 'string' | 'number' | 'boolean' | 'list';
export interface ArgumentRow {
  key: string;
  value: string;
  type: ArgumentType;
}

export interface ArgumentsResult {
  value: Arguments;
  /** Row index → what is wrong with it. Empty when every row is valid. */
  errors: Record<number, string>;
}

/** Turns editor rows into typed arguments; blank rows are ignored, each bad row says why. */
export function argumentsFromRows(rows: readonly ArgumentRow[]): ArgumentsResult {
  const value: Arguments = {};
  const errors: Record<number, string> = {};
  rows.forEach((row, index) => {
    const key = row.key.trim();
    if (!key && !row.value.trim()) return;
    if (!key) {
      errors[index] = 'Enter a key for this value';
      return;
    }
    if (key in value) {
      errors[index] = `"${key}" is given twice`;
      return;
    }
    const parsed = parseValue(row.value, row.type);
    if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) errors[index] = `${key}: ${parsed.error}`;
    else value[key] = parsed;
  });
  return { value, errors };
}

function parseValue(raw: string, type: ArgumentType): Arguments[string] | { error: string } {
  const text = raw.trim();
  switch (type) {
    case 'string':
      return raw;
    case 'number': {
      if (text === '' || !Number.isFinite(Number(text))) return { error: `"${raw}" is not a number` };
      return Number(text);
    }
    case 'boolean': {
      if (text === 'true') return true;
      if (text === 'false') return false;
      return { error: 'a boolean is true or false' };
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
        return { error: 'a list is a JSON array of strings, numbers or booleans, or comma-separated text' };
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
