import 'server-only';
import { randomUUID } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import type { ConfirmChannel, GetMessage, Message, Options } from 'amqplib';
import type {
  AckMode,
  BulkProgress,
  FetchedMessage,
  GetMessagesResult,
  Headers,
  HeaderValue,
  MessageProperties,
  PublishOutcome,
  StreamPage,
} from '@/lib/api/messages';
import {
  DEFAULT_MAX_PAYLOAD_BYTES,
  PLACEHOLDER,
  type BulkPublish,
  type GetMessages,
  type PublishMessage,
  type StreamQuery,
} from '@/lib/schemas/messages';
import { PublishersBlockedError, withChannel, withPublisher } from './amqp';
import { BrokerError } from './errors';
import { fingerprintOf } from './fingerprint';
import type { Credentials } from './management';
import { listNodes } from './overview';

// Publish, bulk publish, Get messages and stream browsing, over AMQP as the logged-in user on
// the object's vhost: the broker enforces their permissions, and Warren controls exactly what
// happens to every message (the management API's HTTP publish and get do not say whether a
// message was routed, and their "requeue" closes a channel to get the messages back).

/** The largest payload Warren publishes: WARREN_MAX_PAYLOAD_BYTES, 16 MiB by default. */
export function maxPayloadBytes(): number {
  const configured = Number(process.env.WARREN_MAX_PAYLOAD_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_PAYLOAD_BYTES;
}

/** How long a publish waits for the broker's confirm before it says so. */
const CONFIRM_TIMEOUT_MS = 30_000;

export function payloadOf(message: Pick<PublishMessage, 'payload' | 'payload_encoding'>): Buffer {
  const bytes = message.payload_encoding === 'base64' ? Buffer.from(message.payload.replace(/\s+/g, ''), 'base64') : Buffer.from(message.payload, 'utf8');
  const limit = maxPayloadBytes();
  if (bytes.length > limit) {
    throw new BrokerError('PAYLOAD_TOO_LARGE', `The payload is ${bytes.length} bytes; Warren publishes at most ${limit} (WARREN_MAX_PAYLOAD_BYTES)`);
  }
  return bytes;
}

export function publishOptions(message: PublishMessage): Options.Publish {
  const p = message.properties;
  return {
    mandatory: message.mandatory,
    deliveryMode: p.delivery_mode,
    contentType: p.content_type,
    contentEncoding: p.content_encoding,
    priority: p.priority,
    correlationId: p.correlation_id,
    replyTo: p.reply_to,
    expiration: p.expiration,
    messageId: p.message_id,
    timestamp: p.timestamp,
    type: p.type,
    userId: p.user_id,
    appId: p.app_id,
    headers: amqpHeaders(message.headers),
  };
}

/** amqplib throws a RangeError for a header table that does not fit its frame. */
export function publishError(error: unknown): unknown {
  if (error instanceof RangeError) return new BrokerError('PAYLOAD_TOO_LARGE', `The message's headers are too large for AMQP: ${error.message}`);
  return error;
}

/** The nodes' resource alarms, when this user may list nodes (monitoring or administrator); else none known. */
async function alarms(credentials: Credentials): Promise<string[]> {
  try {
    const nodes = await listNodes(credentials);
    return nodes.flatMap((node) => [
      ...(node.mem_alarm ? [`memory alarm on ${node.name}`] : []),
      ...(node.disk_free_alarm ? [`disk alarm on ${node.name}`] : []),
    ]);
  } catch {
    // Users without the monitoring tag may not list nodes: the broker tells them on publishing.
    return [];
  }
}

/** A broker blocking publishers, said with the nodes whose alarm it is when this user may know. */
export async function withAlarmDetail(credentials: Credentials, error: unknown): Promise<unknown> {
  if (!(error instanceof PublishersBlockedError)) return error;
  const known = await alarms(credentials);
  return known.length ? new PublishersBlockedError(`${error.reason} (${known.join(', ')})`, error.sent) : error;
}

/**
 * Refuses to publish while a node has an alarm this user can see: the broker would block the
 * connection only once the message was sent, and hold it unconfirmed until the alarm clears.
 */
export async function refuseDuringAlarm(credentials: Credentials): Promise<void> {
  const known = await alarms(credentials);
  if (known.length) throw new PublishersBlockedError(known.join(', '), false);
}

/** amqplib calls a confirm callback with this error when the channel closed before the confirm. */
function closedChannel(err: unknown): boolean {
  return err instanceof Error && err.message === 'channel closed';
}

/**
 * Headers for amqplib: the tagged values (bytes, timestamps, decimals) in its own notation, every
 * table built with own properties (a header named "__proto__" stays a header).
 */
export function amqpHeaders(headers: Headers): Record<string, unknown> {
  const convert = (value: HeaderValue): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map(convert);
    if ('$type' in value && typeof value.$type === 'string') {
      const tagged = value as Extract<HeaderValue, { $type: string }>;
      if (tagged.$type === 'bytes') return Buffer.from(tagged.base64, 'base64');
      if (tagged.$type === 'timestamp') return { '!': 'timestamp', value: tagged.seconds };
      return { '!': 'decimal', value: { places: tagged.places, digits: tagged.digits } };
    }
    const table: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      Object.defineProperty(table, key, { value: convert(inner as HeaderValue), enumerable: true, writable: true, configurable: true });
    }
    return table;
  };
  return convert(headers) as Record<string, unknown>;
}

export function waitFor<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BrokerError('BROKER_TIMEOUT', what)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Publishes one message with confirms; the outcome is the broker's: routed, returned as
 * unroutable (mandatory), or nacked. Everything is checked before anything is published.
 */
export async function publishMessage(
  credentials: Credentials,
  vhost: string,
  exchange: string,
  message: PublishMessage,
): Promise<PublishOutcome> {
  const content = payloadOf(message);
  const options = publishOptions(message);
  await refuseDuringAlarm(credentials);
  try {
    return await withPublisher(credentials, vhost, async (channel) => {
      let returned: Message['fields'] | undefined;
      // basic.return comes before the confirm of the same message.
      channel.on('return', (back: Message) => {
        returned ??= back.fields;
      });
      const confirmed = new Promise<unknown>((resolve) => {
        channel.publish(exchange, message.routing_key, content, options, (err: unknown) => resolve(err));
      });
      const err = await waitFor(confirmed, CONFIRM_TIMEOUT_MS, `The broker did not confirm the message within ${CONFIRM_TIMEOUT_MS / 1000} s`);
      // The broker closed the channel (a missing exchange, no write permission): its reason is
      // the error runOnChannel reports, not a nack.
      if (closedChannel(err)) throw err;
      if (err) return { outcome: 'nacked' };
      const back = returned as (Message['fields'] & { replyCode?: number; replyText?: string }) | undefined;
      if (back) return { outcome: 'returned', reply_code: back.replyCode ?? 312, reply_text: back.replyText ?? 'NO_ROUTE' };
      return { outcome: 'routed' };
    });
  } catch (error) {
    throw await withAlarmDetail(credentials, publishError(error));
  }
}

// --- bulk publish --------------------------------------------------------------------------------

/**
 * Before a bulk publish answers with its stream: a vhost this user may not use (403) or a missing
 * exchange (404) is refused with its own status, not as the first line of a 200.
 */
export async function checkPublishTarget(credentials: Credentials, vhost: string, exchange: string): Promise<void> {
  await refuseDuringAlarm(credentials);
  try {
    // withPublisher: a connection the broker is blocking is refused here too (503), at once.
    await withPublisher(credentials, vhost, async (channel) => {
      if (exchange !== '') await channel.checkExchange(exchange);
    });
  } catch (error) {
    throw await withAlarmDetail(credentials, error);
  }
}

/** Unconfirmed messages in flight at most: pipelined confirms, not one round trip per message. */
const CONFIRM_WINDOW = 1000;
const PROGRESS_EVERY_MS = 250;

type Part = string | ((seq: number) => string);

/** A template string compiled once into literal parts and placeholder functions. */
function compile(template: string): (seq: number) => string {
  if (!template.includes('{{')) return () => template;
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, match.index));
    const [, name, low, high] = match;
    if (name === 'seq') parts.push((seq) => String(seq));
    else if (name === 'uuid') parts.push(() => randomUUID());
    else if (name === 'now') parts.push(() => new Date().toISOString());
    else {
      const min = Math.min(Number(low), Number(high));
      const span = Math.abs(Number(high) - Number(low)) + 1;
      parts.push(() => String(min + Math.floor(Math.random() * span)));
    }
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(template.slice(last));
  return (seq) => parts.map((part) => (typeof part === 'string' ? part : part(seq))).join('');
}

/** Headers whose string values carry placeholders, rendered per message; the others as they are. */
function compileHeaders(headers: PublishMessage['headers']): (seq: number) => PublishMessage['headers'] {
  const templated = Object.entries(headers).filter(([, value]) => typeof value === 'string' && value.includes('{{'));
  if (!templated.length) return () => headers;
  const renderers = templated.map(([key, value]) => [key, compile(value as string)] as const);
  return (seq) => {
    const out = { ...headers };
    for (const [key, render] of renderers) out[key] = render(seq);
    return out;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Publishes `count` messages made from one template ({{seq}} 1…count, {{uuid}}, {{now}},
 * {{random:a-b}} in the payload, routing key, string headers and message id), with a window of
 * unconfirmed messages and an optional rate limit, reporting progress as it goes. `signal`
 * (the request's) cancels it: nothing more is published, and the confirms of what was are
 * waited for so that the report is exact.
 */
export async function publishMessages(
  credentials: Credentials,
  vhost: string,
  exchange: string,
  { message, count, rate }: BulkPublish,
  signal: AbortSignal,
  onProgress: (progress: BulkProgress) => void,
): Promise<BulkProgress> {
  const templatedPayload = message.payload_encoding !== 'base64' && message.payload.includes('{{');
  const fixedPayload = templatedPayload ? undefined : payloadOf(message);
  const payload = templatedPayload ? compile(message.payload) : undefined;
  const routingKey = compile(message.routing_key);
  const messageId = message.properties.message_id === undefined ? undefined : compile(message.properties.message_id);
  const headers = compileHeaders(message.headers);
  const templatedHeaders = Object.values(message.headers).some((value) => typeof value === 'string' && value.includes('{{'));
  const base = publishOptions(message);
  const limit = maxPayloadBytes();

  await refuseDuringAlarm(credentials);
  const started = Date.now();
  const state = { published: 0, confirmed: 0, returned: 0, nacked: 0, returnText: undefined as string | undefined };
  const progress = (type: BulkProgress['type'], ended?: BulkProgress['ended']): BulkProgress => {
    const elapsed = Date.now() - started;
    return {
      type,
      requested: count,
      published: state.published,
      confirmed: state.confirmed,
      returned: state.returned,
      nacked: state.nacked,
      elapsed_ms: elapsed,
      rate: elapsed > 0 ? Math.round((state.confirmed * 1000) / elapsed) : 0,
      ...(ended ? { ended } : {}),
      ...(state.returnText ? { return_text: state.returnText } : {}),
    };
  };

  try {
    return await withPublisher(credentials, vhost, async (channel: ConfirmChannel) => {
      channel.on('return', (back: Message) => {
        state.returned++;
        state.returnText ??= (back.fields as { replyText?: string }).replyText;
      });
      let outstanding = 0;
      let windowOpen: (() => void) | undefined;
      let lastReport = Date.now();
      let closedBy: unknown;
      const settle = (err: unknown) => {
        outstanding--;
        if (closedChannel(err)) closedBy ??= err;
        else if (err) state.nacked++;
        else state.confirmed++;
        if (windowOpen && outstanding < CONFIRM_WINDOW) {
          const open = windowOpen;
          windowOpen = undefined;
          open();
        }
      };
      for (let seq = 1; seq <= count && !signal.aborted && !closedBy; seq++) {
        if (rate) {
          const due = started + ((seq - 1) * 1000) / rate;
          const wait = due - Date.now();
          if (wait > 0) await sleep(wait);
        }
        if (outstanding >= CONFIRM_WINDOW) await new Promise<void>((resolve) => (windowOpen = resolve));
        const content = payload ? Buffer.from(payload(seq), 'utf8') : fixedPayload!;
        if (content.length > limit) throw new BrokerError('PAYLOAD_TOO_LARGE', `Message ${seq}'s payload is ${content.length} bytes; Warren publishes at most ${limit}`);
        outstanding++;
        const written = channel.publish(
          exchange,
          routingKey(seq),
          content,
          { ...base, headers: templatedHeaders ? amqpHeaders(headers(seq)) : base.headers, messageId: messageId?.(seq) },
          settle,
        );
        state.published++;
        if (!written) {
          await new Promise((resolve) => {
            channel.once('drain', resolve);
            channel.once('close', resolve);
          });
        }
        if (Date.now() - lastReport >= PROGRESS_EVERY_MS) {
          lastReport = Date.now();
          onProgress(progress('progress'));
          // Let the stream carry the line (and an abort arrive) before the next burst.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      // Every published message's confirm, so that the report is exact.
      while (outstanding > 0) await new Promise<void>((resolve) => (windowOpen = resolve)).then(() => sleep(0));
      // The broker closed the channel: its reason (runOnChannel's) is the failure, with the progress.
      if (closedBy) throw closedBy;
      return progress('done', signal.aborted ? 'cancelled' : 'complete');
    });
  } catch (error) {
    // What was published and confirmed until the failure travels with it: the report stays exact.
    const failure = await withAlarmDetail(credentials, publishError(error));
    throw Object.assign(failure instanceof Error ? failure : new Error(String(failure)), { progress: progress('done', 'failed') });
  }
}

// --- Get messages and streams -------------------------------------------------------------------

function jsonSafe(value: unknown): HeaderValue {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return { $type: 'bytes', base64: value.toString('base64') };
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (typeof value === 'object') {
    const tagged = value as { '!'?: string; value?: unknown };
    if (tagged['!'] === 'timestamp') return { $type: 'timestamp', seconds: Number(tagged.value) };
    if (tagged['!'] === 'decimal') {
      const { places, digits } = tagged.value as { places: number; digits: number };
      return { $type: 'decimal', places, digits };
    }
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, jsonSafe(v)]));
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function propertiesOf(p: Message['properties']): MessageProperties {
  const properties: MessageProperties = {};
  if (p.contentType !== undefined) properties.content_type = p.contentType;
  if (p.contentEncoding !== undefined) properties.content_encoding = p.contentEncoding;
  if (p.deliveryMode !== undefined) properties.delivery_mode = p.deliveryMode === 2 ? 2 : 1;
  if (p.priority !== undefined) properties.priority = p.priority;
  if (p.correlationId !== undefined) properties.correlation_id = p.correlationId;
  if (p.replyTo !== undefined) properties.reply_to = p.replyTo;
  if (p.expiration !== undefined) properties.expiration = String(p.expiration);
  if (p.messageId !== undefined) properties.message_id = p.messageId;
  if (p.timestamp !== undefined) properties.timestamp = Number(p.timestamp);
  if (p.type !== undefined) properties.type = p.type;
  if (p.userId !== undefined) properties.user_id = p.userId;
  if (p.appId !== undefined) properties.app_id = p.appId;
  return properties;
}

/** A payload for display: text when it is UTF-8 (unless base64 is asked for), cut at `truncate` bytes. */
function payloadForDisplay(content: Buffer, encoding: 'auto' | 'base64', truncate: number) {
  const truncated = content.length > truncate;
  const shown = truncated ? content.subarray(0, truncate) : content;
  if (encoding === 'auto' && isUtf8(content)) {
    let text = shown.toString('utf8');
    // A cut inside a multi-byte character leaves a replacement character: drop it.
    if (truncated && text.endsWith('\uFFFD')) text = text.slice(0, -1);
    return { payload: text, payload_encoding: 'string' as const, payload_bytes: content.length, truncated };
  }
  return { payload: shown.toString('base64'), payload_encoding: 'base64' as const, payload_bytes: content.length, truncated };
}

/** A delivered message as the browser sees it (Get messages, stream pages, tails, RPC replies). */
export function fetched(message: Message, position: number, options: { encoding: 'auto' | 'base64'; truncate: number }): FetchedMessage {
  const fields = message.fields as Message['fields'] & { messageCount?: number };
  const headers = (message.properties.headers ?? {}) as Record<string, unknown>;
  const offset = headers['x-stream-offset'];
  return {
    position,
    exchange: fields.exchange,
    routing_key: fields.routingKey,
    redelivered: Boolean(fields.redelivered),
    ...(typeof fields.messageCount === 'number' ? { message_count: fields.messageCount } : {}),
    properties: propertiesOf(message.properties),
    headers: jsonSafe(headers) as Record<string, HeaderValue>,
    ...payloadForDisplay(message.content, options.encoding, options.truncate),
    ...(typeof offset === 'number' ? { offset } : {}),
    fingerprint: fingerprintOf(message),
  };
}

/**
 * Get messages, the official UI's way, over AMQP: basic.get up to `count` messages, then
 * - ack_requeue_true (the default): one basic.nack(multiple, requeue) — every message goes back
 *   (marked redelivered), none is lost or dead-lettered;
 * - reject_requeue_true: basic.reject(requeue) of each, to the same effect;
 * - ack_requeue_false: got with no-ack: the messages are removed;
 * - reject_requeue_false: basic.reject of each without requeue: dead-lettered, or dropped.
 */
export async function getMessages(credentials: Credentials, vhost: string, queue: string, options: GetMessages): Promise<GetMessagesResult> {
  return withChannel(credentials, vhost, async (channel) => {
    const noAck = options.ackmode === 'ack_requeue_false';
    const got: GetMessage[] = [];
    for (let i = 0; i < options.count; i++) {
      const message = await channel.get(queue, { noAck });
      if (!message) break;
      got.push(message);
    }
    settle(channel, got, options.ackmode);
    // The settle frames are sent before the channel's close (runOnChannel), in this order.
    return { ackmode: options.ackmode, messages: got.map((message, i) => fetched(message, i + 1, options)) };
  });
}

function settle(channel: { nack: (m: Message, all?: boolean, requeue?: boolean) => void; reject: (m: Message, requeue?: boolean) => void }, got: GetMessage[], ackmode: AckMode): void {
  if (!got.length || ackmode === 'ack_requeue_false') return;
  if (ackmode === 'ack_requeue_true') channel.nack(got[got.length - 1]!, true, true);
  else for (const message of got) channel.reject(message, ackmode === 'reject_requeue_true');
}

/** A stream answers nothing more for this long: the page is what there is. */
const STREAM_IDLE_MS = 700;

/**
 * A page of a stream queue, read without consuming it: a consumer from an offset
 * (x-stream-offset: first, last, next, an offset, or a time), `count` messages, then cancelled.
 * A stream's messages stay for every other consumer; acks only pace this one.
 */
export async function browseStream(credentials: Credentials, vhost: string, queue: string, query: StreamQuery): Promise<StreamPage> {
  const from = query.from;
  const offset: unknown = ['first', 'last', 'next'].includes(from)
    ? from
    : /^\d+$/.test(from)
      ? Number(from)
      : { '!': 'timestamp', value: Math.floor(Date.parse(from) / 1000) };
  return withChannel(credentials, vhost, async (channel) => {
    await channel.prefetch(Math.min(query.count, 1000));
    const messages: FetchedMessage[] = [];
    let finish: () => void = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    let idle: NodeJS.Timeout | undefined;
    const quiet = () => {
      clearTimeout(idle);
      idle = setTimeout(finish, STREAM_IDLE_MS);
    };
    const { consumerTag } = await channel.consume(
      queue,
      (message) => {
        if (!message) return finish(); // cancelled by the broker (the queue was deleted)
        channel.ack(message);
        if (messages.length < query.count) messages.push(fetched(message, messages.length + 1, query));
        if (messages.length >= query.count) finish();
        else quiet();
      },
      { noAck: false, arguments: { 'x-stream-offset': offset } },
    );
    quiet();
    await done;
    clearTimeout(idle);
    await channel.cancel(consumerTag).catch(() => undefined);
    return { from, messages };
  });
}
