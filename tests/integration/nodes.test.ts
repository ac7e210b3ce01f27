// lib/rabbitmq/nodes.ts and listNodes against the real broker (a single node): what each user
// may see, the node's details, the memory breakdown only when asked, and a name that is no node.
// A node that is down cannot be made here: lib/rabbitmq/nodes.test.ts replays a recorded cluster.
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeDetail, NodeMemory } from '@/lib/api/nodes';
import { enc, mgmt, testBroker, TEST_USERS } from '../support/broker';
import { brokerFailure } from '../support/failure';

const admin = { username: TEST_USERS.admin.username, password: TEST_USERS.admin.password };
const monitor = { username: TEST_USERS.monitoring.username, password: TEST_USERS.monitoring.password };
const teamA = { username: TEST_USERS.management.username, password: TEST_USERS.management.password };

type Modules = typeof import('@/lib/rabbitmq/nodes') & typeof import('@/lib/rabbitmq/overview');
let lib: Modules;
let brokerNodes: Array<NodeDetail & { applications: Array<{ name: string; version: string }> }>;

beforeAll(async () => {
  process.env.RABBITMQ_MANAGEMENT_URL = testBroker.managementUrl;
  lib = { ...(await import('@/lib/rabbitmq/nodes')), ...(await import('@/lib/rabbitmq/overview')) };
  brokerNodes = await mgmt('GET', '/nodes');
});

describe('listNodes', () => {
  it('lists the broker’s nodes with their figures and RabbitMQ version, to a monitoring user', async () => {
    const nodes = await lib.listNodes(monitor);
    expect(nodes.map((node) => node.name)).toEqual(brokerNodes.map((node) => node.name));
    const [node] = nodes;
    const broker = brokerNodes[0]!;
    expect(node).toMatchObject({ running: true, type: broker.type, mem_limit: broker.mem_limit, fd_total: broker.fd_total, proc_total: broker.proc_total });
    expect(node!.rabbitmq_version).toBe(broker.applications.find((app) => app.name === 'rabbit')!.version);
    expect(node!.run_queue).toEqual(expect.any(Number));
  });

  it('is refused to a management user (the broker answers "Not monitor user")', async () => {
    expect((await brokerFailure(lib.listNodes(teamA))).code).toBe('ACCESS_REFUSED');
  });
});

describe('getNode', () => {
  it('answers the node with its paths, plugins, exchange types and mechanisms, and no memory breakdown', async () => {
    const name = brokerNodes[0]!.name;
    const node = await lib.getNode(admin, name);
    const broker = await mgmt<NodeDetail>('GET', `/nodes/${enc(name)}`);
    expect(node).toMatchObject({
      name,
      running: true,
      config_files: broker.config_files,
      log_files: broker.log_files,
      db_dir: broker.db_dir,
      enabled_plugins: expect.arrayContaining(['rabbitmq_management']),
      os_pid: broker.os_pid,
    });
    expect(node.exchange_types?.map((type) => type.name)).toEqual(expect.arrayContaining(['direct', 'fanout', 'topic', 'headers']));
    expect(node.auth_mechanisms?.map((mechanism) => mechanism.name)).toContain('PLAIN');
    expect(node.memory).toBeUndefined();
  });

  it('adds the memory breakdown with memory: true', async () => {
    const node = await lib.getNode(monitor, brokerNodes[0]!.name, { memory: true });
    const memory = node.memory as NodeMemory;
    expect(memory.strategy).toEqual(expect.any(String));
    expect(memory.total?.[memory.strategy as 'rss']).toBeGreaterThan(0);
    expect(memory.code).toBeGreaterThan(0);
  });

  it('says that a name is not a member of the cluster (the broker itself answers an empty 500)', async () => {
    const error = await brokerFailure(lib.getNode(admin, 'no-such-node@nowhere'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('Node "no-such-node@nowhere" is not a member of this cluster');
  });

  it('never asks the broker about a name that is no node of the cluster (3.10 would make it an atom, never freed)', async () => {
    const { brokerCtl } = await import('../../scripts/lib/broker.mjs');
    const { getSeries } = await import('@/lib/rabbitmq/series');
    const name = `warren-no-node-${Date.now().toString(36)}@nowhere`;
    expect((await brokerFailure(lib.getNode(admin, name))).code).toBe('NOT_FOUND');
    expect((await brokerFailure(getSeries(admin, { of: 'node', name }, 60))).code).toBe('NOT_FOUND');
    const answer = String(await brokerCtl(testBroker, 'eval', `catch list_to_existing_atom("${name}").`));
    expect(answer).toContain('badarg');
  });

  it('is refused to a management user', async () => {
    expect((await brokerFailure(lib.getNode(teamA, brokerNodes[0]!.name))).code).toBe('ACCESS_REFUSED');
  });
});
