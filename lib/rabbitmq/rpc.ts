import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ConsumeMessage, Message } from 'amqplib';
import type { RpcResult } from '@/lib/api/messages';
import type { RpcRequest } from '@/lib/schemas/messages';
import { withPublisher } from './amqp';
import type { Credentials } from './management';
import { fetched, payloadOf, publishError, publishOptions, refuseDuringAlarm, withAlarmDetail } from './messages';

/** RabbitMQ's direct reply-to: a pseudo-queue, consumed on the channel that publishes the request. */
export const DIRECT_REPLY_TO = 'amq.rabbitmq.reply-to';

/**
 * An RPC call the way the tutorials make one: the request published with reply_to
 * amq.rabbitmq.reply-to and a fresh correlation_id, then the first reply awaited up to the
 * timeout. Mandatory: a request no queue takes is said to be returned, at once.
 */
export async function rpcCall(credentials: Credentials, vhost: string, exchange: string, { message, timeout_ms }: RpcRequest): Promise<RpcResult> {
  const content = payloadOf(message);
  const correlationId = randomUUID();
  const options = { ...publishOptions({ ...message, mandatory: true }), replyTo: DIRECT_REPLY_TO, correlationId };
  await refuseDuringAlarm(credentials);
  try {
    return await withPublisher(credentials, vhost, async (channel) => {
      let answer: (result: RpcResult) => void = () => {};
      const answered = new Promise<RpcResult>((resolve) => (answer = resolve));
      const started = performance.now();
      await channel.consume(
        DIRECT_REPLY_TO,
        (reply: ConsumeMessage | null) => {
          if (!reply) return;
          answer({
            outcome: 'reply',
            reply: fetched(reply, 1, { encoding: 'auto', truncate: 1_000_000 }),
            correlation_id: correlationId,
            correlation_matches: reply.properties.correlationId === correlationId,
            round_trip_ms: Math.round((performance.now() - started) * 10) / 10,
          });
        },
        { noAck: true },
      );
      channel.on('return', (back: Message) => {
        const fields = back.fields as Message['fields'] & { replyCode?: number; replyText?: string };
        answer({ outcome: 'returned', reply_code: fields.replyCode ?? 312, reply_text: fields.replyText ?? 'NO_ROUTE', correlation_id: correlationId });
      });
      channel.publish(exchange, message.routing_key, content, options);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<RpcResult>((resolve) => {
        timer = setTimeout(() => resolve({ outcome: 'timeout', waited_ms: timeout_ms, correlation_id: correlationId }), timeout_ms);
      });
      // The broker closing the channel (a missing exchange, no write permission): its reason is
      // what runOnChannel reports.
      const closed = new Promise<never>((_, reject) => channel.once('close', () => reject(new Error('channel closed'))));
      closed.catch(() => {});
      try {
        return await Promise.race([answered, timeout, closed]);
      } finally {
        clearTimeout(timer);
      }
    });
  } catch (error) {
    throw await withAlarmDetail(credentials, publishError(error));
  }
}
