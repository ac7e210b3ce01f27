import type { HeaderValue, Headers } from '@/lib/api/messages';
import type { Translate } from '@/lib/i18n/i18n';

// Header values as people read them. AMQP tables carry types JSON has not (byte arrays,
// timestamps, decimals): they arrive tagged ({ $type: 'timestamp', seconds }), and are shown as
// what they stand for, never as the tag.

export type HeaderKind = 'string' | 'number' | 'boolean' | 'void' | 'array' | 'table' | 'bytes' | 'timestamp' | 'decimal';

type Tagged = Extract<HeaderValue, { $type: string }>;
type Table = { [key: string]: HeaderValue };

/** The tagged value this is (bytes, timestamp, decimal), or null for a plain one. */
export function taggedOf(value: HeaderValue): Tagged | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (record.$type === 'bytes' && typeof record.base64 === 'string') return value as Tagged;
  if (record.$type === 'timestamp' && typeof record.seconds === 'number') return value as Tagged;
  if (record.$type === 'decimal' && typeof record.places === 'number' && typeof record.digits === 'number') return value as Tagged;
  return null;
}

/** A nested table (not a tagged value). */
export function tableOf(value: HeaderValue | undefined): Table | null {
  if (value === undefined || !value || typeof value !== 'object' || Array.isArray(value) || taggedOf(value)) return null;
  return value as Table;
}

export function headerKind(value: HeaderValue): HeaderKind {
  if (value === null) return 'void';
  if (Array.isArray(value)) return 'array';
  const tagged = taggedOf(value);
  if (tagged) return tagged.$type;
  if (typeof value === 'object') return 'table';
  return typeof value as 'string' | 'number' | 'boolean';
}

/** Seconds since the epoch as ISO 8601 (whole seconds without ".000"); null when it is no date. */
export function isoFromSeconds(seconds: number): string | null {
  const date = new Date(seconds * 1000);
  if (!Number.isFinite(seconds) || Number.isNaN(date.getTime())) return null;
  return date.toISOString().replace('.000Z', 'Z');
}

/** AMQP's decimal: `digits` scaled down by `places` (12345, 2 → "123.45"), exact. */
export function decimalText(places: number, digits: number): string {
  const negative = digits < 0;
  const text = String(Math.abs(Math.trunc(digits)));
  const scale = Math.max(0, Math.trunc(places));
  const padded = text.padStart(scale + 1, '0');
  const whole = scale ? `${padded.slice(0, -scale)}.${padded.slice(-scale)}` : padded;
  return negative ? `-${whole}` : whole;
}

/** Bytes a base64 text stands for. */
export function base64Length(base64: string): number {
  const clean = base64.replace(/\s+/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

const BYTES_PREVIEW = 24;

/** A tagged value as text: the date, the number, "N bytes (base64 …)". */
function taggedText(tagged: Tagged, t: Translate): string {
  switch (tagged.$type) {
    case 'timestamp':
      return isoFromSeconds(tagged.seconds) ?? String(tagged.seconds);
    case 'decimal':
      return decimalText(tagged.places, tagged.digits);
    case 'bytes': {
      const preview = tagged.base64.length > BYTES_PREVIEW ? `${tagged.base64.slice(0, BYTES_PREVIEW)}…` : tagged.base64;
      return t('messages.headers.bytes', { count: base64Length(tagged.base64), base64: preview });
    }
  }
}

/** The value with its tagged parts replaced by their text, for compact JSON. */
function readable(value: HeaderValue, t: Translate): unknown {
  const tagged = taggedOf(value);
  if (tagged) return taggedText(tagged, t);
  if (Array.isArray(value)) return value.map((item) => readable(item, t));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Table).map(([key, item]) => [key, readable(item, t)]));
  }
  return value;
}

/** One header value as one line of text: strings as they are, nested tables and arrays as compact JSON. */
export function headerText(value: HeaderValue, t: Translate): string {
  if (typeof value === 'string') return value;
  if (value === null) return '—';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const tagged = taggedOf(value);
  if (tagged) return taggedText(tagged, t);
  return JSON.stringify(readable(value, t));
}

/** Every value in the headers (nested ones too) as one lower-case text, for searching. */
export function headerSearchText(headers: Headers): string {
  const parts: string[] = [];
  const visit = (value: HeaderValue) => {
    const tagged = taggedOf(value);
    if (tagged) {
      if (tagged.$type === 'timestamp') parts.push(isoFromSeconds(tagged.seconds) ?? String(tagged.seconds));
      else if (tagged.$type === 'decimal') parts.push(decimalText(tagged.places, tagged.digits));
      else parts.push(tagged.base64);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value as Table).forEach(visit);
    else if (value !== null) parts.push(String(value));
  };
  Object.values(headers).forEach(visit);
  return parts.join('\n').toLowerCase();
}
