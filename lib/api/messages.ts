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
  /** Identifies the message for "Move selected" (lib/rabbitmq/fingerprint.ts). */
  fingerprint: string;
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

// --- move and redrive -------------------------------------------------------------------------------

/** Where a move sends the messages. "redrive": each to where it was dead-lettered from (its first x-death). */
export type MoveTarget =
  | { kind: 'queue'; name: string }
  | { kind: 'exchange'; name: string; routing_key: string }
  | { kind: 'redrive' };

/** Progress and outcome of a move (one NDJSON line each). */
export interface MoveProgress {
  type: 'progress' | 'done';
  /** Messages in the source when the move started (ready). */
  source_at_start: number;
  /** Published, confirmed by the broker, then acked in the source. */
  moved: number;
  /** Looked at and left in the source: not selected, filtered out, already redriven, or without x-death. */
  skipped: number;
  /** The message that stopped the move (returned as unroutable or nacked): left in the source. */
  failed: number;
  /** Messages that may now be in both places (the connection went away between a publish and its ack). */
  duplicates_possible: number;
  elapsed_ms: number;
  /** Messages moved per second so far. */
  rate: number;
  ended?: 'complete' | 'cancelled' | 'stopped' | 'failed';
  /** Why it stopped: the broker's reply text of a return, a nack, or the error. */
  reason?: string;
  /** The source's ready count after the move (counted anew), when it could be counted. */
  left?: number;
}

export interface MoveFailure {
  type: 'error';
  code: string;
  message: string;
  progress: MoveProgress;
}

export type MoveEvent = MoveProgress | MoveFailure;

/** Headers Warren adds to a moved message (documented in the README). */
export const MOVED_FROM_HEADER = 'x-warren-moved-from';
export const MOVE_COUNT_HEADER = 'x-warren-move-count';
/** A moved message's original user_id, which the broker lets only that user publish. */
export const ORIGINAL_USER_HEADER = 'x-warren-original-user-id';

/** A dry run: what a move would do with each message it looks at, without moving anything. */
export interface MovePreviewItem {
  position: number;
  exchange: string;
  routing_key: string;
  message_id?: string;
  /** Where it would go; absent when it would stay. */
  destination?: { exchange: string; routing_key: string };
  /** Why it would stay. */
  skip?: 'not_selected' | 'filtered_out' | 'already_moved' | 'no_x_death';
  /** x-death's first entry, for dead-lettered messages. */
  death?: { queue: string; reason: string; count: number };
}

export interface MovePreview {
  items: MovePreviewItem[];
  /** Messages in the source (ready) when looked at. */
  source_count: number;
  /** How many it looked at (at most MAX_PREVIEW). */
  scanned: number;
  would_move: number;
  /** Per destination "exchange → routing key": how many. */
  destinations: Array<{ exchange: string; routing_key: string; count: number }>;
}

// --- RPC request/reply --------------------------------------------------------------------------

export type RpcResult =
  | { outcome: 'reply'; reply: FetchedMessage; correlation_id: string; correlation_matches: boolean; round_trip_ms: number }
  | { outcome: 'returned'; reply_code: number; reply_text: string; correlation_id: string }
  | { outcome: 'timeout'; waited_ms: number; correlation_id: string };

// --- live tail ------------------------------------------------------------------------------------

/** What a tail's Server-Sent Events carry: "message" (a FetchedMessage), "stats", "end". */
export interface TailStats {
  /** The temporary queue's name (warren.tail.…). */
  queue: string;
  received: number;
  /** Messages per second over the last few seconds. */
  rate: number;
}

export interface TailEnd {
  reason: 'cancelled' | 'session' | 'queue_deleted' | 'error';
  message?: string;
}
