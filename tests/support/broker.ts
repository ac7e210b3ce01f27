// Direct access to the test broker started by scripts/test.mjs, for arranging and checking in
// every suite (Vitest integration tests and Playwright specs alike): the management API as a
// test user (the administrator by default) and amqplib for real publishing. Tests compare what
// Warren shows or does with what this reads from the broker itself.
import path from 'node:path';
import amqp, { type ChannelModel } from 'amqplib';
import { TEST_USERS, type TestUser } from '../../scripts/lib/test-users.mjs';

export { TEST_USERS };
export type Role = keyof typeof TEST_USERS;
export type { TestUser };

/** The test broker (see scripts/test.mjs for the environment it sets). */
export const testBroker = {
  managementUrl: (process.env.WARREN_TEST_MGMT_URL ?? 'http://127.0.0.1:15690').replace(/\/+$/, ''),
  amqpUrl: process.env.WARREN_TEST_AMQP_URL ?? 'amqp://127.0.0.1:5690',
  name: process.env.WARREN_TEST_BROKER_NAME ?? 'warren-test',
  dataDir: process.env.WARREN_TEST_BROKER_DATA ?? path.resolve('.data/test'),
};

export const enc = encodeURIComponent;

export const basicAuth = (user: Pick<TestUser, 'username' | 'password'>) =>
  'Basic ' + Buffer.from(`${user.username}:${user.password}`).toString('base64');

/** A management API call as a test user; a non-2xx answer throws with its status and body. */
export async function mgmt<T = unknown>(method: string, path: string, body?: unknown, role: Role = 'admin'): Promise<T> {
  const response = await fetch(`${testBroker.managementUrl}/api${path}`, {
    method,
    headers: { authorization: basicAuth(TEST_USERS[role]), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** An amqplib connection to the test broker as a test user. */
export function amqpConnection(vhost: string, role: Role = 'admin', clientName?: string): Promise<ChannelModel> {
  const url = new URL(testBroker.amqpUrl);
  const user = TEST_USERS[role];
  return amqp.connect(
    { hostname: url.hostname, port: Number(url.port), username: user.username, password: user.password, vhost },
    clientName ? { clientProperties: { connection_name: clientName } } : undefined,
  );
}

/** Declares a queue (through the management API) and publishes `count` persistent messages with amqplib. */
export async function publishMessages(
  vhost: string,
  queue: string,
  count: number,
  { declare = true, body = (i: number) => `message ${i}` }: { declare?: boolean; body?: (i: number) => string } = {},
): Promise<void> {
  if (declare) await mgmt('PUT', `/queues/${enc(vhost)}/${enc(queue)}`, { durable: true, auto_delete: false, arguments: {} });
  const connection = await amqpConnection(vhost);
  try {
    const channel = await connection.createConfirmChannel();
    for (let i = 0; i < count; i++) channel.sendToQueue(queue, Buffer.from(body(i)), { persistent: true });
    await channel.waitForConfirms();
  } finally {
    await connection.close();
  }
}

/** Exact ready-message count of a queue, over AMQP (queue.declare passive): the statistics lag up to 5 s. */
export async function messageCount(vhost: string, queue: string): Promise<number> {
  const connection = await amqpConnection(vhost);
  try {
    const channel = await connection.createChannel();
    return (await channel.checkQueue(queue)).messageCount;
  } finally {
    await connection.close();
  }
}

export async function deleteQueue(vhost: string, queue: string): Promise<void> {
  await mgmt('DELETE', `/queues/${enc(vhost)}/${enc(queue)}`).catch(() => undefined);
}

/** A vhost of the test's own, with every permission for the administrator; returns a cleanup. */
export async function createVhost(name: string, roles: Role[] = ['admin']): Promise<() => Promise<void>> {
  await mgmt('PUT', `/vhosts/${enc(name)}`, {});
  for (const role of roles) {
    await mgmt('PUT', `/permissions/${enc(name)}/${enc(TEST_USERS[role].username)}`, { configure: '.*', write: '.*', read: '.*' });
  }
  return async () => {
    await mgmt('DELETE', `/vhosts/${enc(name)}`).catch(() => undefined);
  };
}

/** A name unique to this run, so parallel tests never collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
