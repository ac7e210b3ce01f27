import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ConsumeMessage } from 'amqplib';
import type { FetchedMessage, TailEnd } from '@/lib/api/messages';
import { amqpError, withLease } from './amqp';
import type { Credentials } from './management';
import { fetched } from './messages';

// A live tail: a temporary queue bound to the exchange, its deliveries streamed to the browser.
// The queue is exclusive (it goes with Warren's connection) and auto-delete (it goes with its
// consumer), is deleted explicitly when the tail ends, and expires after a minute unused should
// all of that fail; it is bounded (the newest 10,000 wait for a slow browser, older ones drop).

/** Every tail queue's name starts so: operators recognise them in the queue list. */
export const TAIL_QUEUE_PREFIX = 'warren.tail.';
const MAX_WAITING = 10_000;
const PREFETCH = 200;

export interface TailBinding {
  routing_key: string;
  arguments?: Record<string, unknown>;
}

export interface TailHandlers {
  onStart: (queue: string) => void;
  /** A message; return false when the browser is not keeping up (acks pause until `resume`). */
  onMessage: (message: FetchedMessage) => boolean;
  onEnd: (end: TailEnd) => void;
}

/**
 * Starts tailing `source` (an exchange, or amq.rabbitmq.trace for the firehose) until `signal`
 * aborts or the queue goes; `onEnd` is called once the queue is gone. The answer's `resume`
 * acks what waited while the browser was not keeping up.
 */
export async function tail(
  credentials: Credentials,
  vhost: string,
  source: string,
  bindings: TailBinding[],
  options: { truncate: number },
  signal: AbortSignal,
  handlers: TailHandlers,
): Promise<{ resume: () => void }> {
  let resumeAcks: () => void = () => {};
  const done = withLease(credentials, vhost, async (model) => {
    const channel = await model.createChannel();
    channel.on('error', () => {});
    const queue = `${TAIL_QUEUE_PREFIX}${credentials.username}.${randomUUID()}`;
    let end: TailEnd = { reason: 'cancelled' };
    let over = false;
    let resolveFinished: () => void = () => {};
    const finished = new Promise<void>((resolve) => (resolveFinished = resolve));
    const finish = () => {
      over = true;
      resolveFinished();
    };
    channel.on('close', () => {
      if (!over) end = { reason: 'error', message: 'The AMQP channel closed' };
      finish();
    });
    signal.addEventListener('abort', () => finish());
    try {
      await channel.assertQueue(queue, {
        exclusive: true,
        autoDelete: true,
        durable: false,
        arguments: { 'x-max-length': MAX_WAITING, 'x-overflow': 'drop-head', 'x-expires': 60_000 },
      });
      for (const binding of bindings) await channel.bindQueue(queue, source, binding.routing_key, binding.arguments ?? {});
      await channel.prefetch(PREFETCH);
      handlers.onStart(queue);
      let position = 0;
      const paused: ConsumeMessage[] = [];
      resumeAcks = () => {
        for (const message of paused.splice(0)) channel.ack(message);
      };
      await channel.consume(
        queue,
        (message) => {
          if (!message) {
            // The broker cancelled the consumer: someone deleted the queue (not the tail's own end).
            if (!over) end = { reason: 'queue_deleted', message: 'The tail queue was deleted' };
            return finish();
          }
          position++;
          const keepingUp = handlers.onMessage(fetched(message, position, { encoding: 'auto', truncate: options.truncate }));
          if (keepingUp) channel.ack(message);
          else paused.push(message);
        },
        { noAck: false },
      );
      if (!signal.aborted) await finished;
    } catch (error) {
      end = { reason: 'error', message: amqpError(error).message };
    } finally {
      // Gone now, not when the pooled connection closes.
      await channel.deleteQueue(queue).catch(() => undefined);
      await channel.close().catch(() => undefined);
      handlers.onEnd(end);
    }
  });
  done.catch((error: unknown) => handlers.onEnd({ reason: 'error', message: amqpError(error).message }));
  return { resume: () => resumeAcks() };
}
