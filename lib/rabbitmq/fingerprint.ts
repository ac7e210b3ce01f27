import 'server-only';
import { createHash } from 'node:crypto';
import type { Message } from 'amqplib';

/**
 * What identifies a message shown by Get messages, for "move selected": its exchange, routing
 * key, properties, headers and body — everything but what a requeue changes (redelivered, and a
 * quorum queue's x-delivery-count).
 */
export function fingerprintOf(message: Pick<Message, 'content' | 'fields' | 'properties'>): string {
  const { headers, ...properties } = message.properties;
  const stable = Object.fromEntries(Object.entries((headers ?? {}) as Record<string, unknown>).filter(([key]) => key !== 'x-delivery-count'));
  const hash = createHash('sha256');
  hash.update(JSON.stringify([message.fields.exchange, message.fields.routingKey, properties, stable]));
  hash.update(message.content);
  return hash.digest('base64url');
}
