import amqp from 'amqplib';
import { testBroker, TEST_USERS, type Role } from './env';

/**
 * Direct access to the test broker for arranging and checking: the management API as the
 * test administrator, and amqplib for real publishing. Tests compare what Warren shows with this.
 */
export async function mgmt<T = unknown>(method: string, path: string, body?: unknown, role: Role = 'admin'): Promise<T> {
  const user = TEST_USERS[role];
  const response = await fetch(`${testBroker.managementUrl}/api${path}`, {
    method,
    headers: {
      authorization: 'Basic ' + Buffer.from(`${user.username}:${user.password}`).toString('base64'),
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export const enc = encodeURIComponent;

/** Declares a queue (through the management API) and publishes `count` persistent messages with amqplib. */
export async function publishMessages(
  vhost: string,
  queue: string,
  count: number,
  { declare = true, body = (i: number) => `message ${i}` }: { declare?: boolean; body?: (i: number) => string } = {},
): Promise<void> {
  if (declare) await mgmt('PUT', `/queues/${enc(vhost)}/${enc(queue)}`, { durable: true, auto_delete: false, arguments: {} });
  const user = TEST_USERS.admin;
  const url = new URL(testBroker.amqpUrl);
  const connection = await amqp.connect({
    hostname: url.hostname,
    port: Number(url.port),
    username: user.username,
    password: user.password,
    vhost,
  });
  try {
    const channel = await connection.createConfirmChannel();
    for (let i = 0; i < count; i++) channel.sendToQueue(queue, Buffer.from(body(i)), { persistent: true });
    await channel.waitForConfirms();
  } finally {
    await connection.close();
  }
}

export async function deleteQueue(vhost: string, queue: string): Promise<void> {
  await mgmt('DELETE', `/queues/${enc(vhost)}/${enc(queue)}`).catch(() => undefined);
}

/** A name unique to this run, so parallel specs never collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
