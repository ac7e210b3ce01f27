import amqp, { type ChannelModel } from 'amqplib';
import { expect, test } from '@playwright/test';
import { enc, mgmt, uniqueName } from './broker';
import { testBroker, TEST_USERS, type Role } from './env';

/**
 * A real amqplib client for the connections and channels specs: a connection with a
 * client-provided name and a confirm channel with a prefetch and a consumer. The management
 * API's stats lag (emitted every 5 s): this waits for conditions, never sleeps.
 */
export interface Client {
  connection: ChannelModel;
  clientName: string;
  /** The broker's name: "127.0.0.1:54321 -> 127.0.0.1:5672" (spaces, ">" and ":"). */
  name: string;
  /** "127.0.0.1:54321 -> 127.0.0.1:5672 (1)" (parentheses too). */
  channelName: string;
  /** The client's port, and a name filter that matches only this connection. */
  port: number;
  filter: string;
  queue: string;
  consumerTag: string;
  /** Resolves with the error the client saw when the connection closed. */
  closed: Promise<Error | undefined>;
  close: () => Promise<void>;
}

export async function openClient({
  role = 'admin',
  vhost = '/',
  prefetch = 7,
  waitForConsumer = true,
}: { role?: Role; vhost?: string; prefetch?: number; waitForConsumer?: boolean } = {}): Promise<Client> {
  const user = TEST_USERS[role];
  const url = new URL(testBroker.amqpUrl);
  const clientName = uniqueName('e2e client');
  const connection = await amqp.connect(
    { hostname: url.hostname, port: Number(url.port), username: user.username, password: user.password, vhost },
    { clientProperties: { connection_name: clientName } },
  );
  const closed = new Promise<Error | undefined>((resolve) => connection.on('close', resolve));
  connection.on('error', () => undefined);
  const channel = await connection.createConfirmChannel();
  await channel.prefetch(prefetch);
  const queue = uniqueName('e2e-conn-q');
  await channel.assertQueue(queue, { exclusive: true });
  const consumerTag = uniqueName('e2e-tag');
  await channel.consume(queue, () => undefined, { consumerTag, arguments: { 'x-priority': 3 } });

  let name = '';
  await expect
    .poll(
      async () => {
        const all = await mgmt<Array<{ name: string; client_properties?: { connection_name?: string } }>>(
          'GET',
          '/connections?columns=name,client_properties.connection_name',
        );
        name = all.find((c) => c.client_properties?.connection_name === clientName)?.name ?? '';
        return name;
      },
      { timeout: 15_000 },
    )
    .not.toBe('');
  const channelName = `${name} (1)`;
  if (waitForConsumer) {
    // Consumers reach the channel's stats with the next emission.
    await expect
      .poll(
        async () =>
          (await mgmt<{ consumer_details?: unknown[] }>('GET', `/channels/${enc(channelName)}`).catch(() => ({}) as { consumer_details?: unknown[] }))
            .consumer_details?.length ?? 0,
        { timeout: 15_000 },
      )
      .toBe(1);
  }
  const port = Number(/^[^ ]*:(\d+) ->/.exec(name)?.[1]);
  return {
    connection,
    clientName,
    name,
    channelName,
    port,
    filter: `:${port} ->`,
    queue,
    consumerTag,
    closed,
    close: () => connection.close().catch(() => undefined),
  };
}

/**
 * One client for the tests of a describe block: opened before them, closed after. The returned
 * object stands for it (its properties are read from the open client).
 */
export function sharedClient(options?: Parameters<typeof openClient>[0]): Client {
  let current: Client | undefined;
  test.beforeAll(async () => {
    current = await openClient(options);
  });
  test.afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as Client, {
    get: (_target, key) => {
      if (!current) throw new Error('the shared client opens in beforeAll; use it inside a test');
      return Reflect.get(current, key);
    },
  });
}
