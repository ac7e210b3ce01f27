import { formatBytes } from '@/lib/format';
import { argumentsFromRows, type ArgumentRow, type ArgumentRowError } from '@/lib/arguments';
import type { MessageKey } from '@/lib/i18n/messages';
import {
  bulkPublishSchema,
  DEFAULT_MAX_PAYLOAD_BYTES,
  MAX_BULK_COUNT,
  MAX_HEADERS_BYTES,
  messageSchema,
  PLACEHOLDER,
  type PayloadEncoding,
  type PublishMessage,
  type PublishProperties,
} from '@/lib/schemas/messages';

// The publish form's values, checked in the browser before anything is sent: the shared
// schema's rules (lib/schemas/messages.ts), each problem as a catalogue key on its field.

/** The properties typed as free text, in the official UI's order. */
export const TEXT_PROPERTIES = ['content_type', 'content_encoding', 'correlation_id', 'reply_to', 'message_id', 'type', 'user_id', 'app_id'] as const;
/** All the properties but delivery_mode, as the form lays them out. */
export const PROPERTY_FIELDS = [
  'content_type',
  'content_encoding',
  'priority',
  'correlation_id',
  'reply_to',
  'expiration',
  'message_id',
  'timestamp',
  'type',
  'user_id',
  'app_id',
] as const;
export type PropertyField = (typeof PROPERTY_FIELDS)[number];

export type PublishFormValues = Record<PropertyField, string> & {
  routing_key: string;
  delivery_mode: '1' | '2';
  payload: string;
  payload_encoding: PayloadEncoding;
  mandatory: boolean;
  count: string;
  rate: string;
};

export const emptyPublishForm = (routingKey = ''): PublishFormValues => ({
  routing_key: routingKey,
  delivery_mode: '2',
  content_type: '',
  content_encoding: '',
  priority: '',
  correlation_id: '',
  reply_to: '',
  expiration: '',
  message_id: '',
  timestamp: '',
  type: '',
  user_id: '',
  app_id: '',
  payload: '',
  payload_encoding: 'string',
  mandatory: true,
  count: '1',
  rate: '',
});

/** The placeholders a bulk publish fills in, with what each one becomes. */
export const PLACEHOLDERS: ReadonlyArray<{ token: string; description: MessageKey }> = [
  { token: '{{seq}}', description: 'publish.placeholder.seq' },
  { token: '{{uuid}}', description: 'publish.placeholder.uuid' },
  { token: '{{now}}', description: 'publish.placeholder.now' },
  { token: '{{random:1-100}}', description: 'publish.placeholder.random' },
];

const MAX_RATE = 1_000_000;
const SHORT_STRING_BYTES = 255;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export type FieldName = keyof PublishFormValues | 'headers';
export interface Problem {
  key: MessageKey;
  vars?: Record<string, string | number>;
}
export type Problems = Partial<Record<FieldName, Problem>>;

export type CheckedForm =
  | { ok: false; problems: Problems; headerErrors: Record<number, ArgumentRowError> }
  | { ok: true; message: PublishMessage; count: number; rate?: number };

export const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** The bytes the payload will be: UTF-8 text, or what base64 decodes to. */
export function payloadBytes(payload: string, encoding: PayloadEncoding): number {
  if (encoding !== 'base64') return utf8Bytes(payload);
  const clean = payload.replace(/\s+/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

/** The message count the field holds, or null while it is not a valid one. */
export function parseCount(text: string): number | null {
  const count = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(count) && count >= 1 && count <= MAX_BULK_COUNT ? count : null;
}

/** The JSON parser's own words for what is wrong, or null when `text` is JSON. */
export function jsonProblem(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Pretty-prints a JSON payload. Placeholders stay as they are, wherever they stand ({"n": {{seq}}}
 * or "id-{{uuid}}"): each is swapped for a number no payload holds, and back after.
 */
export function formatJson(text: string): { text: string } | { problem: string } {
  const tokens: string[] = [];
  let base = 7_301_946_285_117;
  while (text.includes(String(base).slice(0, 8))) base += 100_000_000;
  const masked = text.replace(PLACEHOLDER, (token) => String(base + tokens.push(token) - 1));
  try {
    let pretty = JSON.stringify(JSON.parse(masked), null, 2);
    tokens.forEach((token, index) => {
      pretty = pretty.replace(String(base + index), () => token);
    });
    return { text: pretty };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

const wholeNumber = (text: string, max: number): number | null => {
  const value = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  return Number.isSafeInteger(value) && value <= max ? value : null;
};

/** Checks every field and builds what the publish routes take; nothing is sent while a problem remains. */
export function checkPublishForm(values: PublishFormValues, headerRows: readonly ArgumentRow[], maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES): CheckedForm {
  const problems: Problems = {};
  const tooLong = (field: FieldName, text: string) => {
    const bytes = utf8Bytes(text);
    if (bytes > SHORT_STRING_BYTES) problems[field] = { key: 'publish.error.tooLong', vars: { name: field, max: SHORT_STRING_BYTES, bytes } };
  };

  const count = parseCount(values.count);
  if (count === null) problems.count = { key: 'publish.error.count', vars: { max: MAX_BULK_COUNT } };
  const bulk = count !== null && count > 1;
  let rate: number | undefined;
  if (bulk && values.rate.trim() !== '') {
    rate = Number(values.rate);
    if (!Number.isFinite(rate) || rate <= 0 || rate > MAX_RATE) problems.rate = { key: 'publish.error.rate', vars: { max: MAX_RATE } };
  }

  tooLong('routing_key', values.routing_key);
  const properties: PublishProperties = { delivery_mode: values.delivery_mode === '1' ? 1 : 2 };
  for (const name of TEXT_PROPERTIES) {
    if (values[name] === '') continue;
    tooLong(name, values[name]);
    properties[name] = values[name];
  }
  if (values.priority.trim() !== '') {
    const priority = wholeNumber(values.priority, 255);
    if (priority === null) problems.priority = { key: 'publish.error.priority' };
    else properties.priority = priority;
  }
  if (values.expiration.trim() !== '') {
    if (!/^\d{1,10}$/.test(values.expiration.trim())) problems.expiration = { key: 'publish.error.expiration' };
    else properties.expiration = values.expiration.trim();
  }
  if (values.timestamp.trim() !== '') {
    const timestamp = wholeNumber(values.timestamp, 2 ** 53);
    if (timestamp === null) problems.timestamp = { key: 'publish.error.timestamp' };
    else properties.timestamp = timestamp;
  }

  const headers = argumentsFromRows(headerRows);
  const headerBytes = utf8Bytes(JSON.stringify(headers.value));
  if (headerBytes > MAX_HEADERS_BYTES) problems.headers = { key: 'publish.error.headersTooLarge', vars: { bytes: headerBytes, max: MAX_HEADERS_BYTES } };

  const { payload, payload_encoding } = values;
  const size = payloadBytes(payload, payload_encoding);
  if (size > maxPayloadBytes) {
    problems.payload = { key: 'publish.error.payloadTooLarge', vars: { size: formatBytes(size), bytes: size, max: formatBytes(maxPayloadBytes) } };
  } else if (payload_encoding === 'json') {
    // One message is sent as it is; a template's placeholders may stand where numbers go.
    const problem = jsonProblem(bulk ? payload.replace(PLACEHOLDER, '0') : payload);
    if (problem !== null) problems.payload = { key: 'publish.error.json', vars: { detail: problem } };
  } else if (payload_encoding === 'base64' && !BASE64.test(payload.replace(/\s+/g, ''))) {
    problems.payload = { key: 'publish.error.base64' };
  }

  if (Object.keys(problems).length || Object.keys(headers.errors).length) return { ok: false, problems, headerErrors: headers.errors };

  const message: PublishMessage = {
    routing_key: values.routing_key,
    properties,
    headers: headers.value,
    payload,
    payload_encoding,
    mandatory: values.mandatory,
  };
  // The routes' own schema, last: a rule added there is not missed here (said as "not valid").
  const checked = bulk ? bulkPublishSchema.safeParse({ message, count, rate }) : messageSchema.safeParse(message);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = issue.path[0] === 'message' ? issue.path.slice(1) : issue.path;
      const field = String(path[0] === 'properties' ? path[1] : path[0]);
      problems[(field in values || field === 'headers' ? field : 'payload') as FieldName] ??= { key: 'form.invalid' };
    }
    return { ok: false, problems, headerErrors: {} };
  }
  return { ok: true, message, count: count ?? 1, ...(rate === undefined ? {} : { rate }) };
}
