// Messages as Warren's publish, get and stream routes take and answer them. Shared by the server
// (lib/rabbitmq/messages.ts) and the browser (components/messages/).

/** The AMQP basic properties, with the official UI's names. */
export interface MessageProperties {
  content_type?: string;
  content_encoding?: string;
  /** 1 non-persistent, 2 persistent. */
  delivery_mode?: 1 | 2;
  priority?: number;
  correlation_id?: string;
  reply_to?: string;
  /** Milliseconds, as a string (AMQP's own type for it). */
  expiration?: string;
  message_id?: string;
  /** Seconds since the epoch. */
  timestamp?: number;
  type?: string;
  user_id?: string;
  app_id?: string;
}

/**
 * A header value as JSON can carry it. AMQP tables have types JSON has not: byte arrays,
 * timestamps and decimals travel as tagged objects, so nothing is lost or mistaken for text.
 */
export type HeaderValue =
  | string
  | number
  | boolean
  | null
  | HeaderValue[]
  | { [key: string]: HeaderValue }
  | { $type: 'bytes'; base64: string }
  | { $type: 'timestamp'; seconds: number }
  | { $type: 'decimal'; places: number; digits: number };

export type Headers = Record<string, HeaderValue>;

export type PublishOutcome =
  | { outcome: 'routed' }
  | { outcome: 'returned'; reply_code: number; reply_text: string }
  | { outcome: 'nacked' };

/** How Get messages leaves the messages, with the official UI's words. */
export const ACK_MODES = ['ack_requeue_true', 'reject_requeue_true', 'ack_requeue_false', 'reject_requeue_false'] as const;
export type AckMode = (typeof ACK_MODES)[number];
/** The modes that remove messages from the queue (they ask for confirmation). */
export const REMOVING_ACK_MODES: readonly AckMode[] = ['ack_requeue_false', 'reject_requeue_false'];

export interface FetchedMessage {
  /** 1 for the first message fetched. */
  position: number;
  exchange: string;
  routing_key: string;
  redelivered: boolean;
  /** Messages left in the queue after this one was fetched (basic.get-ok's message-count). */
  message_count?: number;
  properties: MessageProperties;
  headers: Headers;
  /** The payload (or its first `truncate` bytes) as text, or as base64 when it is not UTF-8 or base64 was asked for. */
  payload: string;
  payload_encoding: 'string' | 'base64';
  /** The whole payload's size, truncated or not. */
  payload_bytes: number;
  truncated: boolean;
  /** Stream queues: the message's offset in the stream. */
  offset?: number;
}

export interface GetMessagesResult {
  messages: FetchedMessage[];
  ackmode: AckMode;
}

/** One page of a stream, read without consuming it. */
export interface StreamPage {
  messages: FetchedMessage[];
  /** Where the page was asked to start. */
  from: string;
}

/** Progress and outcome of a bulk publish (one NDJSON line each). */
export interface BulkProgress {
  type: 'progress' | 'done';
  requested: number;
  published: number;
  confirmed: number;
  returned: number;
  nacked: number;
  elapsed_ms: number;
  /** Messages confirmed per second so far. */
  rate: number;
  /** "done": why it ended. */
  ended?: 'complete' | 'cancelled' | 'failed';
  /** The first return's reply text, if any. */
  return_text?: string;
}

export interface BulkFailure {
  type: 'error';
  code: string;
  message: string;
  progress: BulkProgress;
}

export type BulkEvent = BulkProgress | BulkFailure;
