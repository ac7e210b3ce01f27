import { ACK_MODES } from '@/lib/api/messages';
import type { HeaderValue } from '@/lib/api/messages';
import { namedRecord } from './records';
import { z } from './zod';

// Publish message, bulk publish, Get messages and stream browsing: the forms and the routes
// share these. Sizes are checked here, before anything is published.

/** The largest payload Warren publishes (WARREN_MAX_PAYLOAD_BYTES, 16 MiB by default). */
export const DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
/** AMQP's frame for the properties (headers included) is limited; amqplib refuses a table over 64 KiB. */
export const MAX_HEADERS_BYTES = 64 * 1024;
/** AMQP short strings (routing key, message id, correlation id, …): 255 bytes of UTF-8. */
const SHORT_STRING_BYTES = 255;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;
const shortString = (what: string) =>
  z.string().refine((value) => utf8Bytes(value) <= SHORT_STRING_BYTES, `${what} is at most ${SHORT_STRING_BYTES} bytes (UTF-8)`);

/** Nested tables and arrays in headers go this deep at most. */
const MAX_HEADER_DEPTH = 8;
const headerKey = z
  .string()
  .min(1, 'A header needs a name')
  .max(255, 'A header name is at most 255 characters')
  // amqplib reads a table with a "!" key as a typed value ({"!": "timestamp", value: …}).
  .refine((key) => key !== '!', 'A header may not be named "!"');

/**
 * A header value: what JSON holds (nested tables and arrays included) and AMQP's own types as
 * tagged objects ({"$type": "timestamp", "seconds": …}, bytes as base64, decimals), so that a
 * message read by Get messages can be published again exactly as it was.
 */
export const headerValueSchema: z.ZodType<HeaderValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number().refine(Number.isFinite, 'A header number is finite'),
    z.boolean(),
    z.null(),
    z.object({ $type: z.literal('bytes'), base64: z.base64('Bytes are given as base64') }).strict(),
    z.object({ $type: z.literal('timestamp'), seconds: z.number().int().min(0) }).strict(),
    z.object({ $type: z.literal('decimal'), places: z.number().int().min(0).max(255), digits: z.number().int() }).strict(),
    z.array(headerValueSchema),
    namedRecord(headerKey, headerValueSchema).refine(
      (table) => !Object.hasOwn(table, '$type'),
      'A table with "$type" is a typed value: {"$type": "bytes", "base64": …}, {"$type": "timestamp", "seconds": …} or {"$type": "decimal", "places": …, "digits": …}',
    ),
  ]),
);

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

export const headersSchema = namedRecord(headerKey, headerValueSchema)
  .refine((headers) => depthOf(headers) <= MAX_HEADER_DEPTH, `Headers nest at most ${MAX_HEADER_DEPTH} levels deep`);

export const PAYLOAD_ENCODINGS = ['string', 'json', 'base64'] as const;

/** A bulk publish's placeholders: {{seq}}, {{uuid}}, {{now}} and {{random:1-100}}. */
export const PLACEHOLDER = /\{\{(seq|uuid|now|random:(\d+)-(\d+))\}\}/g;
export type PayloadEncoding = (typeof PAYLOAD_ENCODINGS)[number];

export const propertiesSchema = z
  .object({
    delivery_mode: z.union([z.literal(1), z.literal(2)]).default(2),
    content_type: shortString('content_type').optional(),
    content_encoding: shortString('content_encoding').optional(),
    priority: z.number().int('priority is a whole number').min(0, 'priority is 0 to 255').max(255, 'priority is 0 to 255').optional(),
    correlation_id: shortString('correlation_id').optional(),
    reply_to: shortString('reply_to').optional(),
    expiration: z
      .string()
      .regex(/^\d+$/, 'expiration is a number of milliseconds')
      .max(10, 'expiration is a number of milliseconds')
      .optional(),
    message_id: shortString('message_id').optional(),
    timestamp: z.number().int().min(0).max(2 ** 53).optional(),
    type: shortString('type').optional(),
    user_id: shortString('user_id').optional(),
    app_id: shortString('app_id').optional(),
  })
  .strict();
export type PublishProperties = z.output<typeof propertiesSchema>;

/** What one message is made of: the same for a plain publish and a bulk publish's template. */
export const messageSchema = z
  .object({
    routing_key: shortString('The routing key').default(''),
    properties: propertiesSchema.default({ delivery_mode: 2 }),
    headers: headersSchema.default({}),
    payload: z.string().default(''),
    payload_encoding: z.enum(PAYLOAD_ENCODINGS).default('string'),
    mandatory: z.boolean().default(true),
  })
  .strict()
  .superRefine((message, ctx) => {
    if (message.payload_encoding === 'json') {
      try {
        // A bulk publish's template may hold placeholders where numbers go ({"n": {{seq}}}).
        JSON.parse(message.payload.replace(PLACEHOLDER, '0'));
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: ['payload'], message: `The payload is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    if (message.payload_encoding === 'base64' && !/^[A-Za-z0-9+/]*={0,2}$/.test(message.payload.replace(/\s+/g, ''))) {
      ctx.addIssue({ code: 'custom', path: ['payload'], message: 'The payload is not valid base64' });
    }
    const headerBytes = utf8Bytes(JSON.stringify(message.headers));
    if (headerBytes > MAX_HEADERS_BYTES) {
      ctx.addIssue({ code: 'custom', path: ['headers'], message: `The headers take ${headerBytes} bytes; AMQP takes at most ${MAX_HEADERS_BYTES}` });
    }
  });
export type PublishMessage = z.output<typeof messageSchema>;

/** The largest bulk publish: a million messages. */
export const MAX_BULK_COUNT = 1_000_000;

export const bulkPublishSchema = z
  .object({
    message: messageSchema,
    count: z.number().int('The number of messages is a whole number').min(1, 'At least one message').max(MAX_BULK_COUNT, `At most ${MAX_BULK_COUNT} messages`),
    /** Messages per second at most; none: as fast as the broker confirms. */
    rate: z.number().positive('The rate is a positive number of messages per second').max(1_000_000).optional(),
  })
  .strict();
export type BulkPublish = z.output<typeof bulkPublishSchema>;

export const MAX_GET_COUNT = 1000;

export const getMessagesSchema = z
  .object({
    ackmode: z.enum(ACK_MODES).default('ack_requeue_true'),
    encoding: z.enum(['auto', 'base64']).default('auto'),
    count: z.number().int().min(1, 'Get at least one message').max(MAX_GET_COUNT, `Get at most ${MAX_GET_COUNT} messages at once`).default(10),
    /** Bytes of each payload to show; the rest is cut (the size says how much there was). */
    truncate: z.number().int().min(1).max(DEFAULT_MAX_PAYLOAD_BYTES).default(50_000),
  })
  .strict();
export type GetMessages = z.output<typeof getMessagesSchema>;

/** Where a stream page starts: first, last, next, an offset, or a time (ISO 8601). */
export const streamQuerySchema = z.object({
  from: z
    .string()
    .max(40)
    .refine((from) => ['first', 'last', 'next'].includes(from) || /^\d+$/.test(from) || !Number.isNaN(Date.parse(from)), {
      message: 'from is first, last, next, an offset or a time (ISO 8601)',
    })
    .default('first'),
  count: z.coerce.number().int().min(1).max(MAX_GET_COUNT).default(20),
  encoding: z.enum(['auto', 'base64']).default('auto'),
  truncate: z.coerce.number().int().min(1).max(DEFAULT_MAX_PAYLOAD_BYTES).default(50_000),
});
export type StreamQuery = z.output<typeof streamQuerySchema>;

// --- move and redrive -------------------------------------------------------------------------------

/** A filtered or selective move looks at this many messages from the head of the queue at most. */
export const MAX_MOVE_SCAN = 10_000;
export const MAX_MOVE_COUNT = 10_000_000;

const moveTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queue'), name: z.string().min(1, 'Choose the destination queue').max(255) }).strict(),
  z.object({ kind: z.literal('exchange'), name: z.string().max(255), routing_key: shortString('The routing key').default('') }).strict(),
  z.object({ kind: z.literal('redrive') }).strict(),
]);

export const moveSchema = z
  .object({
    target: moveTargetSchema,
    /** all: every message in the queue when the move starts; first: the first `count`; selected: those of a Get. */
    select: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('all') }).strict(),
      z.object({ mode: z.literal('first'), count: z.number().int().min(1).max(MAX_MOVE_COUNT) }).strict(),
      z
        .object({
          mode: z.literal('selected'),
          /** The fingerprints of the messages chosen in a Get (FetchedMessage.fingerprint). */
          fingerprints: z.array(z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not a message fingerprint')).min(1).max(1000),
          /** How far from the head to look for them: the Get's count. */
          scan: z.number().int().min(1).max(1000),
        })
        .strict(),
    ]),
    /** Narrowing (redrive): by x-death reason, by the queue it died in, by a header's value. */
    filter: z
      .object({
        reasons: z.array(z.enum(['rejected', 'expired', 'maxlen', 'delivery_limit'])).min(1).optional(),
        source_queue: z.string().min(1).max(255).optional(),
        header: z.object({ name: z.string().min(1).max(255), value: z.string().max(1000) }).strict().optional(),
      })
      .strict()
      .default({}),
    /** Redrive a message that Warren has moved before (it came back): off by default, so that nothing loops. */
    include_moved: z.boolean().default(false),
  })
  .strict();
export type MoveRequest = z.output<typeof moveSchema>;

// --- RPC and tail ----------------------------------------------------------------------------------

export const MAX_RPC_TIMEOUT_MS = 60_000;

/** An RPC call: the message (its reply_to and correlation_id are Warren's own) and how long to wait. */
export const rpcSchema = z
  .object({
    message: messageSchema,
    timeout_ms: z.number().int().min(100, 'Wait at least 100 ms').max(MAX_RPC_TIMEOUT_MS, `Wait at most ${MAX_RPC_TIMEOUT_MS / 1000} s`).default(5000),
  })
  .strict();
export type RpcRequest = z.output<typeof rpcSchema>;

/** A tail of an exchange: a binding key (a pattern on a topic exchange), or headers for a headers exchange. */
export const tailQuerySchema = z.object({
  routing_key: z.string().max(255).default('#'),
  /** Headers exchange: the binding arguments, as JSON ({"x-match": "all", "format": "pdf"}). */
  headers: z
    .string()
    .max(4000)
    .optional()
    .transform((text, ctx) => {
      if (!text) return undefined;
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, string | number | boolean>;
      } catch {
        // said below
      }
      ctx.addIssue({ code: 'custom', message: 'headers is a JSON object of binding arguments' });
      return z.NEVER;
    }),
  truncate: z.coerce.number().int().min(1).max(DEFAULT_MAX_PAYLOAD_BYTES).default(50_000),
});
export type TailQuery = z.output<typeof tailQuerySchema>;
