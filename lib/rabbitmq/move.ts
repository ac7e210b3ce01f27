import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Channel, ConfirmChannel, ConsumeMessage, Message, Options } from 'amqplib';
import {
  MOVE_COUNT_HEADER,
  MOVED_FROM_HEADER,
  ORIGINAL_USER_HEADER,
  type MovePreview,
  type MovePreviewItem,
  type MoveProgress,
} from '@/lib/api/messages';
import { MAX_MOVE_SCAN, type MoveRequest } from '@/lib/schemas/messages';
import { amqpError, withChannel, withLease, watchBlocked } from './amqp';
import { BrokerError } from './errors';
import { fingerprintOf } from './fingerprint';
import type { Credentials } from './management';

// Move and redrive, over AMQP as the logged-in user: each message is published with confirm and
// mandatory on a confirm channel, and its delivery in the source is acked only once the broker
// has confirmed it (and not returned it). A return or a nack stops the move: that message and
// every one not yet published stay in the source. Nothing is lost if the connection goes away
// mid-move: unacked deliveries go back to the source; a message whose publish the broker took but
// whose ack it did not get is then in both places, and counted as a possible duplicate.

/** Unconfirmed publishes in flight at most (and the consumer's prefetch for an unfiltered move). */
const WINDOW = 1000;
const PROGRESS_EVERY_MS = 250;
/** Nothing delivered for this long while nothing is in flight: the queue has no more for us. */
const QUIET_MS = 1500;
/** A round trip on the consuming channel every so many acks: acks before it are known to have landed. */
const SYNC_EVERY = 500;
const MAX_PREVIEW = 1000;

/** Each moved message's own id: how a return is matched to its delivery, and duplicates told apart. */
const MOVE_ID_HEADER = 'x-warren-move-id';
const CLOSE_WAIT_MS = 2000;

/** amqplib calls a confirm callback with this error when the channel closed before the confirm. */
const closedChannel = (err: unknown) => err instanceof Error && err.message === 'channel closed';

/** A channel's close, bounded: a connection the broker has stopped reading would never answer it. */
function closeBounded(channel: Channel): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    channel.close().catch(() => undefined),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS))),
  ]).finally(() => clearTimeout(timer));
}

interface Death {
  queue: string;
  reason: string;
  count: number;
  exchange: string;
  routingKeys: string[];
}

/** x-death's first entry: the latest dead-lettering of this message. */
function firstDeath(message: Message): Death | undefined {
  const deaths = (message.properties.headers ?? {})['x-death'];
  const first = Array.isArray(deaths) ? (deaths[0] as Record<string, unknown> | undefined) : undefined;
  if (!first) return undefined;
  return {
    queue: String(first.queue ?? ''),
    reason: String(first.reason ?? ''),
    count: Number(first.count ?? 1),
    exchange: String(first.exchange ?? ''),
    routingKeys: Array.isArray(first['routing-keys']) ? (first['routing-keys'] as unknown[]).map(String) : [],
  };
}

type Decision = { go: { exchange: string; routing_key: string } } | { skip: NonNullable<MovePreviewItem['skip']> };

/** The rules of a move for one message: where it goes, or why it stays. */
function decide(request: MoveRequest, message: Message, selected: Map<string, number> | null): Decision {
  const headers = (message.properties.headers ?? {}) as Record<string, unknown>;
  if (selected) {
    const fingerprint = fingerprintOf(message);
    const left = selected.get(fingerprint) ?? 0;
    if (left <= 0) return { skip: 'not_selected' };
    selected.set(fingerprint, left - 1);
  }
  const death = firstDeath(message);
  const { filter } = request;
  if (filter.reasons && (!death || !filter.reasons.includes(death.reason as (typeof filter.reasons)[number]))) return { skip: 'filtered_out' };
  if (filter.source_queue && death?.queue !== filter.source_queue) return { skip: 'filtered_out' };
  if (filter.header && String(headers[filter.header.name] ?? '') !== filter.header.value) return { skip: 'filtered_out' };
  const { target } = request;
  if (target.kind === 'queue') return { go: { exchange: '', routing_key: target.name } };
  if (target.kind === 'exchange') return { go: { exchange: target.name, routing_key: target.routing_key } };
  if (!death) return { skip: 'no_x_death' };
  if (!request.include_moved && Number(headers[MOVE_COUNT_HEADER] ?? 0) > 0) return { skip: 'already_moved' };
  return { go: { exchange: death.exchange, routing_key: death.routingKeys[0] ?? '' } };
}

/** The message as it is published again: every property and header kept, and where it came from. */
function republishOptions(message: Message, source: string, username: string, moveId: string): Options.Publish {
  const p = message.properties;
  const headers: Record<string, unknown> = { ...(p.headers ?? {}) };
  headers[MOVED_FROM_HEADER] = source;
  headers[MOVE_COUNT_HEADER] = Number(headers[MOVE_COUNT_HEADER] ?? 0) + 1;
  headers[MOVE_ID_HEADER] = moveId;
  // The broker refuses a user_id other than the publisher's own: it travels as a header instead.
  let userId = p.userId as string | undefined;
  if (userId !== undefined && userId !== username) {
    headers[ORIGINAL_USER_HEADER] = userId;
    userId = undefined;
  }
  return {
    mandatory: true,
    headers,
    contentType: p.contentType,
    contentEncoding: p.contentEncoding,
    deliveryMode: p.deliveryMode,
    priority: p.priority,
    correlationId: p.correlationId,
    replyTo: p.replyTo,
    expiration: p.expiration,
    messageId: p.messageId,
    timestamp: p.timestamp,
    type: p.type,
    userId,
    appId: p.appId,
  };
}

/** How many messages the move will look at, at most. */
function scanLimit(request: MoveRequest, ready: number): number {
  const filtered = request.select.mode === 'selected' || Object.keys(request.filter).length > 0 || request.target.kind === 'redrive';
  const wanted = request.select.mode === 'first' ? Math.min(request.select.count, ready) : request.select.mode === 'selected' ? Math.min(request.select.scan, ready) : ready;
  // A message that stays is held unacked until the end (so that it is not delivered again): a
  // filtered move looks at a bounded number of them.
  return filtered ? Math.min(wanted, MAX_MOVE_SCAN) : wanted;
}

function selectedCounts(request: MoveRequest): Map<string, number> | null {
  if (request.select.mode !== 'selected') return null;
  const counts = new Map<string, number>();
  for (const fingerprint of request.select.fingerprints) counts.set(fingerprint, (counts.get(fingerprint) ?? 0) + 1);
  return counts;
}

/**
 * Moves messages of `queue` as `request` says, reporting progress as it goes. `signal` (the
 * request's) cancels it: nothing more is published, in-flight messages settle, the rest stays.
 */
export async function moveMessages(
  credentials: Credentials,
  vhost: string,
  queue: string,
  request: MoveRequest,
  signal: AbortSignal,
  onProgress: (progress: MoveProgress) => void,
): Promise<MoveProgress> {
  const started = Date.now();
  // unsettled: publishes whose confirm never came because the channel went away (the broker may
  // have routed them); acksSent − acksKnown: acks that may not have reached the broker.
  // acksPending: confirmed, its ack not sent yet (acks go in batches, one per tick).
  const state = { sourceAtStart: 0, moved: 0, skipped: 0, failed: 0, acksSent: 0, acksKnown: 0, acksPending: 0, inFlight: 0, unsettled: 0 };
  let ended: MoveProgress['ended'];
  let reason: string | undefined;
  const progress = (type: MoveProgress['type']): MoveProgress => {
    const elapsed = Date.now() - started;
    return {
      type,
      source_at_start: state.sourceAtStart,
      moved: state.moved,
      skipped: state.skipped,
      failed: state.failed,
      duplicates_possible: ended === 'failed' ? state.inFlight + state.unsettled + state.acksPending + (state.acksSent - state.acksKnown) : 0,
      elapsed_ms: elapsed,
      rate: elapsed > 0 ? Math.round((state.moved * 1000) / elapsed) : 0,
      ...(ended ? { ended } : {}),
      ...(reason ? { reason } : {}),
    };
  };

  try {
    await withLease(credentials, vhost, async (model) => {
      const consume = await model.createChannel();
      const publish: ConfirmChannel = await model.createConfirmChannel();
      let closedBy: unknown;
      const onError = (error: unknown) => (closedBy ??= error);
      consume.on('error', onError);
      publish.on('error', onError);
      model.on('error', onError);
      let finish: () => void = () => {};
      const finished = new Promise<void>((resolve) => (finish = resolve));
      const fail = (error: unknown) => {
        closedBy ??= error;
        ended = 'failed';
        finish();
      };
      const unwatch = watchBlocked(model, fail);
      // A channel closes before its connection says why (a force-close's reason): a tick later.
      const onClose = () => setImmediate(() => fail(closedBy ?? new BrokerError('CONNECTION_CLOSED', 'The AMQP connection closed during the move')));
      const onModelClose = (error?: unknown) => {
        if (error) closedBy ??= error;
      };
      consume.on('close', onClose);
      publish.on('close', onClose);
      model.on('close', onModelClose);
      try {
        state.sourceAtStart = (await consume.checkQueue(queue)).messageCount;
        const limit = scanLimit(request, state.sourceAtStart);
        if (limit === 0) {
          ended = 'complete';
          return;
        }
        const selected = selectedCounts(request);
        // A move that leaves some messages holds them unacked until the end: its prefetch must
        // take them all (scanLimit bounds them); otherwise the window is the prefetch.
        const holdsSkipped = selected !== null || request.target.kind === 'redrive' || Object.keys(request.filter).length > 0;
        await consume.prefetch(holdsSkipped ? limit : Math.min(WINDOW, limit));

        const held: ConsumeMessage[] = [];
        // The lowest delivery tag held unacked (skipped or left): a multiple ack must stay below it.
        let lowestHeld = Number.POSITIVE_INFINITY;
        const hold = (message: ConsumeMessage) => {
          held.push(message);
          lowestHeld = Math.min(lowestHeld, message.fields.deliveryTag);
        };
        // Acks in batches: one multiple ack per tick for the messages confirmed meanwhile (confirms
        // come in publish order, which is delivery order).
        let ackUpTo: ConsumeMessage | null = null;
        let lastSync = 0;
        const flushAcks = () => {
          if (!ackUpTo) return;
          consume.ack(ackUpTo, true);
          state.acksSent += state.acksPending;
          state.acksPending = 0;
          ackUpTo = null;
          if (state.acksSent - lastSync >= SYNC_EVERY) {
            lastSync = state.acksSent;
            sync();
          }
        };
        const byMoveId = new Map<string, ConsumeMessage>();
        const returned = new Set<string>();
        let delivered = 0;
        let stopping = false;
        let windowOpen: (() => void) | undefined;
        let quiet: NodeJS.Timeout | undefined;
        let lastReport = Date.now();
        let syncing = false;

        const maybeDone = () => {
          if (state.inFlight > 0) return;
          if (stopping || delivered >= limit) finish();
          else armQuiet();
        };
        const armQuiet = () => {
          clearTimeout(quiet);
          quiet = setTimeout(() => {
            if (state.inFlight === 0) {
              ended ??= 'complete';
              finish();
            }
          }, QUIET_MS);
        };
        const report = () => {
          if (Date.now() - lastReport < PROGRESS_EVERY_MS) return;
          lastReport = Date.now();
          onProgress(progress('progress'));
        };
        const sync = () => {
          if (syncing) return;
          syncing = true;
          const sent = state.acksSent;
          // A reply on the consuming channel: every ack sent before it has been processed.
          consume.checkQueue(queue).then(
            () => {
              state.acksKnown = Math.max(state.acksKnown, sent);
              syncing = false;
            },
            () => (syncing = false),
          );
        };
        const stop = (why: string) => {
          if (stopping) return;
          stopping = true;
          ended ??= 'stopped';
          reason ??= why;
        };

        publish.on('return', (back: Message) => {
          const id = (back.properties.headers ?? {})[MOVE_ID_HEADER];
          if (typeof id === 'string') returned.add(id);
          const text = (back.fields as { replyText?: string }).replyText ?? 'NO_ROUTE';
          stop(`returned: ${text} (exchange "${back.fields.exchange}", routing key "${back.fields.routingKey}")`);
        });
        signal.addEventListener('abort', () => {
          if (!stopping) {
            stopping = true;
            ended = 'cancelled';
          }
          maybeDone();
        });

        const settle = (moveId: string, err: unknown) => {
          state.inFlight--;
          const message = byMoveId.get(moveId)!;
          byMoveId.delete(moveId);
          if (closedChannel(err)) {
            // No answer, the channel is gone: the delivery goes back to the source by itself.
            state.unsettled++;
          } else if (err || returned.has(moveId)) {
            // Not taken by the broker: it stays in the source, and so does everything after it.
            returned.delete(moveId);
            state.failed++;
            if (err) stop('nacked by the broker');
            hold(message);
          } else {
            state.moved++;
            if (message.fields.deliveryTag > lowestHeld) {
              consume.ack(message);
              state.acksSent++;
            } else {
              if (!ackUpTo) setImmediate(flushAcks);
              ackUpTo = message;
              state.acksPending++;
            }
          }
          if (windowOpen && state.inFlight < WINDOW) {
            const open = windowOpen;
            windowOpen = undefined;
            open();
          }
          report();
          maybeDone();
        };

        const source = queue;
        const onMessage = async (message: ConsumeMessage | null) => {
          if (!message) return fail(new BrokerError('NOT_FOUND', `Queue "${queue}" was deleted during the move`));
          delivered++;
          armQuiet();
          if (stopping || delivered > limit) {
            hold(message);
            return maybeDone();
          }
          const decision = decide(request, message, selected);
          if ('skip' in decision) {
            state.skipped++;
            hold(message);
            report();
            return maybeDone();
          }
          const moveId = randomUUID();
          byMoveId.set(moveId, message);
          state.inFlight++;
          const written = publish.publish(
            decision.go.exchange,
            decision.go.routing_key,
            message.content,
            republishOptions(message, source, credentials.username, moveId),
            (err: unknown) => settle(moveId, err),
          );
          if (!written) await new Promise((resolve) => publish.once('drain', resolve));
          if (state.inFlight >= WINDOW) await new Promise<void>((resolve) => (windowOpen = resolve));
        };
        const { consumerTag } = await consume.consume(queue, (message) => void onMessage(message), { noAck: false });
        armQuiet();
        await finished;
        clearTimeout(quiet);
        if (ended !== 'failed') {
          flushAcks();
          await consume.cancel(consumerTag).catch(() => undefined);
          // What stays goes back, in order (a classic queue puts it back in place).
          for (const message of held) consume.nack(message, false, true);
          // The messages delivered after the cancel was sent go back when the channel closes.
        }
        ended ??= 'complete';
      } finally {
        unwatch();
        consume.removeListener('close', onClose);
        publish.removeListener('close', onClose);
        model.removeListener('error', onError);
        model.removeListener('close', onModelClose);
        await Promise.all([closeBounded(consume), closeBounded(publish)]);
        if (ended === 'failed') throw closedBy instanceof BrokerError ? closedBy : amqpError(closedBy);
      }
    });
  } catch (error) {
    ended = 'failed';
    reason ??= error instanceof Error ? error.message : String(error);
    const failure = error instanceof BrokerError ? error : amqpError(error);
    throw Object.assign(failure, { progress: await withLeft(credentials, vhost, queue, progress('done')) });
  }
  return withLeft(credentials, vhost, queue, progress('done'));
}

/** The report with the source's ready count counted anew (on a fresh connection if need be). */
async function withLeft(credentials: Credentials, vhost: string, queue: string, report: MoveProgress): Promise<MoveProgress> {
  try {
    const { messageCount } = await withChannel(credentials, vhost, (channel) => channel.checkQueue(queue));
    return { ...report, left: messageCount };
  } catch {
    return report;
  }
}

/**
 * A dry run: looks at up to MAX_PREVIEW messages from the head (as Get messages does, putting
 * every one back) and says where each would go.
 */
export async function previewMove(credentials: Credentials, vhost: string, queue: string, request: MoveRequest): Promise<MovePreview> {
  return withChannel(credentials, vhost, async (channel: Channel) => {
    const sourceCount = (await channel.checkQueue(queue)).messageCount;
    const limit = Math.min(scanLimit(request, sourceCount), MAX_PREVIEW);
    const selected = selectedCounts(request);
    const got = [];
    for (let i = 0; i < limit; i++) {
      const message = await channel.get(queue, { noAck: false });
      if (!message) break;
      got.push(message);
    }
    if (got.length) channel.nack(got[got.length - 1]!, true, true);
    const destinations = new Map<string, { exchange: string; routing_key: string; count: number }>();
    const items = got.map((message, index): MovePreviewItem => {
      const decision = decide(request, message, selected);
      const death = firstDeath(message);
      if ('go' in decision) {
        const key = `${decision.go.exchange}\n${decision.go.routing_key}`;
        const entry = destinations.get(key) ?? { ...decision.go, count: 0 };
        entry.count++;
        destinations.set(key, entry);
      }
      return {
        position: index + 1,
        exchange: message.fields.exchange,
        routing_key: message.fields.routingKey,
        ...(message.properties.messageId ? { message_id: String(message.properties.messageId) } : {}),
        ...('go' in decision ? { destination: decision.go } : { skip: decision.skip }),
        ...(death ? { death: { queue: death.queue, reason: death.reason, count: death.count } } : {}),
      };
    });
    return {
      items,
      source_count: sourceCount,
      scanned: got.length,
      would_move: items.filter((item) => item.destination).length,
      destinations: [...destinations.values()],
    };
  });
}

/**
 * Before a move answers with its stream: a source or destination queue that is missing, an
 * exchange that is missing, or a vhost this user may not use is refused with its own status.
 */
export async function checkMoveTarget(credentials: Credentials, vhost: string, queue: string, request: MoveRequest): Promise<void> {
  await withChannel(credentials, vhost, async (channel) => {
    await channel.checkQueue(queue);
    if (request.target.kind === 'queue') {
      if (request.target.name === queue) throw new BrokerError('VALIDATION_FAILED', 'The destination is the queue the messages are in');
      await channel.checkQueue(request.target.name);
    }
    if (request.target.kind === 'exchange' && request.target.name !== '') await channel.checkExchange(request.target.name);
  });
}
