// What a change's audit entry keeps of its request body: the essentials, never a password, a
// secret or a message body. Pure: unit-tested in essentials.test.ts.

/** Keys whose values are never written, at any depth (compared without case, "_" or "-"). */
const SECRET = /^(password|passwordhash|newpassword|secret|token|authorization|cookie)$/;
/** Message content: replaced by its size. */
const CONTENT = new Set(['payload', 'body', 'content']);

const MAX_STRING = 200;
const MAX_ITEMS = 20;
const MAX_DEPTH = 4;
/** The whole summary, as JSON, at most this long; beyond it only the top-level keys are kept. */
export const MAX_ESSENTIALS_CHARS = 4000;

const normal = (key: string) => key.toLowerCase().replace(/[-_]/g, '');

function shorten(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} characters)` : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? `[${value.length} items]` : '{…}';
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_ITEMS).map((item) => shorten(item, depth + 1));
    return value.length > MAX_ITEMS ? [...kept, `… ${value.length - MAX_ITEMS} more`] : kept;
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const name = normal(key);
    if (SECRET.test(name)) continue;
    const target = CONTENT.has(name) ? `${key}_bytes` : key;
    const kept = CONTENT.has(name) ? (typeof inner === 'string' ? new TextEncoder().encode(inner).length : undefined) : shorten(inner, depth + 1);
    // defineProperty: a key named "__proto__" is data here too.
    Object.defineProperty(out, target, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The request body as an audit entry keeps it. */
export function essentials(body: unknown): unknown {
  if (body === undefined || body === null) return undefined;
  const kept = shorten(body, 0);
  if (kept && typeof kept === 'object' && !Array.isArray(kept) && Object.keys(kept).length === 0) return undefined;
  const text = JSON.stringify(kept);
  if (text.length <= MAX_ESSENTIALS_CHARS) return kept;
  return { truncated: true, keys: kept && typeof kept === 'object' ? Object.keys(kept).slice(0, MAX_ITEMS) : [] };
}
