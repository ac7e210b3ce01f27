// lib/rabbitmq/series.ts against the real broker: each kind's series as the logged-in user, a
// vhost's for a user who may not read GET /api/vhosts/{name}, the ranges from the broker's own
// retention policies, and the refusals (an unknown queue, node or connection) as error codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableRanges, SERIES_KEYS, type SampleRetentionPolicies, type SeriesData } from '@/lib/api/series';
import { BrokerError } from '@/lib/rabbitmq/errors';
import { getSeries } from '@/lib/rabbitmq/series';
import { amqpConnection, createVhost, mgmt, testBroker, TEST_USERS, uniqueName } from '../support/broker';

process.env.RABBITMQ_MANAGEMENT_URL = testBroker.managementUrl;

const admin = { username: TEST_USERS.admin.username, password: TEST_USERS.admin.password };
const teamA = { username: TEST_USERS.management.username, password: TEST_USERS.management.password };
const queue = uniqueName('series-q');

let removeVhost: () => Promise<void>;
const vhost = uniqueName('series vhost');

beforeAll(async () => {
  removeVhost = await createVhost(vhost);
  await mgmt('PUT', `/queues/${encodeURIComponent(vhost)}/${encodeURIComponent(queue)}`, { durable: false, auto_delete: false, arguments: {} });
  const connection = await amqpConnection(vhost);
  const channel = await connection.createConfirmChannel();
  for (let i = 0; i < 25; i++) channel.sendToQueue(queue, Buffer.from(`m${i}`));
  await channel.waitForConfirms();
  await connection.close();
});
afterAll(async () => {
  await removeVhost?.();
});

function expectAligned(data: SeriesData, keys: readonly string[]) {
  expect(Object.keys(data.series)).toEqual([...keys]);
  for (const key of keys) expect(data.series[key]).toHaveLength(data.timestamps.length);
  for (let i = 1; i < data.timestamps.length; i++) expect(data.timestamps[i]! - data.timestamps[i - 1]!).toBe(data.incr * 1000);
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('getSeries', () => {
  it('a queue: its depth as the broker samples it, over ten minutes in 5 s steps', async () => {
    const data = await eventually(
      () => getSeries(admin, { of: 'queue', vhost, name: queue }, 600),
      (d) => d.series.total?.at(-1) === 25,
    );
    expect(data).toMatchObject({ range: 600, incr: 5 });
    expectAligned(data, SERIES_KEYS.queue);
    expect(data.timestamps.length).toBeGreaterThanOrEqual(120);
    expect(data.timestamps.length).toBeLessThanOrEqual(122);
    expect(data.series.total!.at(-1)).toBe(25);
    expect(data.series.ready!.at(-1)).toBe(25);
  });

  it('the ranges offered are those of the broker’s retention policy for the kind', async () => {
    const overview = await mgmt<{ sample_retention_policies: SampleRetentionPolicies }>('GET', '/overview');
    const queueSeries = await getSeries(admin, { of: 'queue', vhost, name: queue }, 60);
    const cluster = await getSeries(admin, { of: 'overview' }, 60);
    expect(queueSeries.retention).toEqual(availableRanges(overview.sample_retention_policies.basic));
    expect(cluster.retention).toEqual(availableRanges(overview.sample_retention_policies.global));
    expect(queueSeries).toMatchObject({ range: 60, incr: 5 });
    expectAligned(cluster, SERIES_KEYS.overview);
  });

  it('a vhost, for a user without the administrator tag (the list, filtered by the broker)', async () => {
    const data = await getSeries(teamA, { of: 'vhost', vhost: 'team-a' }, 3600);
    expect(data).toMatchObject({ range: 3600, incr: 60 });
    expectAligned(data, SERIES_KEYS.vhost);
    await expect(getSeries(teamA, { of: 'vhost', vhost }, 60)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a node, as the administrator; refused to a user without the monitoring tag', async () => {
    const [node] = await mgmt<Array<{ name: string }>>('GET', '/nodes?columns=name');
    const data = await getSeries(admin, { of: 'node', name: node!.name }, 600);
    expectAligned(data, SERIES_KEYS.node);
    expect(data.series.mem_used!.some((value) => value !== null && value > 0)).toBe(true);
    await expect(getSeries(teamA, { of: 'node', name: node!.name }, 600)).rejects.toMatchObject({ code: 'ACCESS_REFUSED' });
  });

  it('names what does not exist', async () => {
    const missing = (promise: Promise<unknown>) => expect(promise).rejects.toSatisfy((error) => error instanceof BrokerError && error.code === 'NOT_FOUND');
    await missing(getSeries(admin, { of: 'queue', vhost, name: 'no-such-queue' }, 60));
    await missing(getSeries(admin, { of: 'exchange', vhost, name: 'no-such-exchange' }, 60));
    await missing(getSeries(admin, { of: 'node', name: 'nobody@nowhere' }, 60));
    await missing(getSeries(admin, { of: 'connection', name: '127.0.0.1:1 -> 127.0.0.1:2' }, 60));
  });

  it('the default exchange, whose name is empty', async () => {
    const data = await getSeries(admin, { of: 'exchange', vhost, name: '' }, 60);
    expectAligned(data, SERIES_KEYS.exchange);
  });
});
