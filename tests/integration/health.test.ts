// lib/health/snapshot.ts against the real broker: a bounded number of management requests
// whatever the number of queues, narrowed to the chosen vhost, as the user may see it, and the
// limits saying what was left out.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { amqpConnection, createVhost, TEST_USERS, uniqueName } from '../support/broker';

const admin = { username: TEST_USERS.admin.username, password: TEST_USERS.admin.password };
const teamA = { username: TEST_USERS.management.username, password: TEST_USERS.management.password };
const QUEUES = 520;

let vhost = '';
let removeVhost: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  vhost = uniqueName('it-health');
  removeVhost = await createVhost(vhost);
  const connection = await amqpConnection(vhost);
  try {
    const channel = await connection.createChannel();
    await Promise.all(Array.from({ length: QUEUES }, (_, i) => channel.assertQueue(`q-${String(i).padStart(4, '0')}`)));
    await channel.assertQueue('orders', { durable: true });
    channel.sendToQueue('orders', Buffer.from('waiting'));
    await channel.close();
  } finally {
    await connection.close();
  }
});
afterAll(async () => {
  await removeVhost();
});

async function collect(credentials: typeof admin, request: { vhost: string | null; tags: string[] }) {
  vi.resetModules();
  const { collectSnapshot } = await import('@/lib/health/snapshot');
  const fetchSpy = vi.spyOn(globalThis, 'fetch');
  try {
    const result = await collectSnapshot(credentials, { ...request, windowSeconds: 600 });
    return { ...result, requests: fetchSpy.mock.calls.map(([url]) => new URL(String(url)).pathname) };
  } finally {
    fetchSpy.mockRestore();
  }
}

describe('collectSnapshot', () => {
  it('asks the broker a bounded number of lists, one page of queues whatever their number', async () => {
    const { snapshot, limits, requests } = await collect(admin, { vhost, tags: ['administrator'] });
    expect(requests.length).toBeLessThanOrEqual(19);
    expect(requests.filter((path) => path.startsWith('/api/queues')).length).toBeLessThanOrEqual(1 + 8);
    expect(snapshot.queues).toHaveLength(500);
    expect(snapshot.queues.every((queue) => queue.vhost === vhost)).toBe(true);
    expect(limits).toContainEqual({ key: 'health.limit.queuesTop', vars: { checked: 500, total: QUEUES + 1 } });
    // One vhost: churn is cluster-wide and not read.
    expect(snapshot.churn).toBeNull();
    expect(requests).not.toContain('/api/overview');
    expect(snapshot.nodes?.length).toBeGreaterThan(0);
  });

  it('skips the nodes for a user without the monitoring tag, and says so', async () => {
    const { snapshot, limits, requests } = await collect(teamA, { vhost: 'team-a', tags: ['management'] });
    expect(snapshot.nodes).toBeNull();
    expect(requests).not.toContain('/api/nodes');
    expect(limits).toEqual(expect.arrayContaining([{ key: 'health.limit.nodesHidden' }, { key: 'health.limit.ownActivity' }]));
    expect(snapshot.vhosts.map((v) => v.name)).toEqual(['team-a']);
  });
});
