// getNode and listNodes against a local HTTP stub that replays a two-node 3.10 cluster with one
// node stopped (recorded: lib/testing/fixtures/nodes/README.md): the shared test broker is a
// single node and cannot be made to have a node that is down. Against it: tests/integration/nodes.test.ts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import clusterOneDown from '@/lib/testing/fixtures/nodes/cluster-one-down.json';
import nodeDetailDown from '@/lib/testing/fixtures/nodes/node-detail-down.json';
import nodeMemoryDown from '@/lib/testing/fixtures/nodes/node-memory-down.json';

const alice = { username: 'alice', password: 'secret' };

// The broker's own list: every application of each running node (Warren passes on RabbitMQ's version only).
const brokerList = clusterOneDown.map(({ rabbitmq_version, ...node }) =>
  rabbitmq_version ? { ...node, applications: [{ name: 'kernel', version: '8.5.3' }, { name: 'rabbit', version: rabbitmq_version }] } : node,
);

let server: http.Server;
let hits: string[];
const savedEnv = { ...process.env };

beforeEach(async () => {
  hits = [];
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    hits.push(url.pathname + url.search);
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (url.pathname === '/api/nodes') return send(200, brokerList);
    if (url.pathname === '/api/nodes/nodesrec-b%40localhost') return send(200, url.searchParams.get('memory') ? nodeMemoryDown : nodeDetailDown);
    // 3.10 answers a name that is no node of the cluster with an empty 500.
    return send(500);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.RABBITMQ_MANAGEMENT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.WARREN_MANAGEMENT_CACHE_MS = '0';
  vi.resetModules();
});

afterEach(async () => {
  process.env = { ...savedEnv };
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const load = async () => ({ ...(await import('./nodes')), ...(await import('./overview')) });

describe('listNodes', () => {
  it('lists a node that is down as not running, and passes on RabbitMQ’s version instead of every application', async () => {
    const { listNodes } = await load();
    const nodes = await listNodes(alice);
    expect(nodes.map((node) => [node.name, node.running])).toEqual([
      ['nodesrec-a@localhost', true],
      ['nodesrec-b@localhost', false],
    ]);
    expect(nodes[0]).toMatchObject({ rabbitmq_version: '3.10.8', run_queue: 1 });
    expect(nodes[0]).not.toHaveProperty('applications');
    expect(nodes[1]).toEqual({ name: 'nodesrec-b@localhost', type: 'disc', running: false });
    expect(hits[0]).toMatch(/columns=.*run_queue.*applications\.name%2Capplications\.version/);
  });
});

describe('getNode', () => {
  it('answers a node that is down as the broker reports it: not running, not "not found"', async () => {
    const { getNode } = await load();
    await expect(getNode(alice, 'nodesrec-b@localhost')).resolves.toMatchObject({ name: 'nodesrec-b@localhost', running: false, type: 'disc' });
    await expect(getNode(alice, 'nodesrec-b@localhost', { memory: true })).resolves.toMatchObject({ running: false, memory: 'not_available' });
    // The list is asked first: only a node of the cluster is asked for by name.
    expect(hits.filter((hit) => hit.startsWith('/api/nodes/'))).toEqual(['/api/nodes/nodesrec-b%40localhost', '/api/nodes/nodesrec-b%40localhost?memory=true']);
    expect(hits[0]).toMatch(/^\/api\/nodes\?columns=/);
  });

  it('never asks the broker by name for a node the cluster does not have', async () => {
    const { getNode } = await load();
    await expect(getNode(alice, 'random-1@nowhere')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Node "random-1@nowhere" is not a member of this cluster' });
    expect(hits.filter((hit) => hit.startsWith('/api/nodes/'))).toEqual([]);
  });

  it('says "not a member of this cluster" for a name the broker answers with a 500, after asking the list', async () => {
    const { getNode } = await load();
    await expect(getNode(alice, 'nope@nowhere')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Node "nope@nowhere" is not a member of this cluster' });
    expect(hits.at(-1)).toMatch(/^\/api\/nodes\?columns=/);
  });

  it('never sends a name that a path cannot carry', async () => {
    const { getNode } = await load();
    await expect(getNode(alice, '..')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(hits).toEqual([]);
  });
});
