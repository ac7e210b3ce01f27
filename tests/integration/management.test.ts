// lib/rabbitmq/management.ts against the real broker: how its refusals map to error codes,
// failover and coalescing observed through loopback proxies in front of it, and awkward names
// (vhost "/", slashes, percent signs, Chinese) travelling through mgmtPath.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { enc, mgmt, testBroker, TEST_USERS, uniqueName } from '../support/broker';
import { brokerFailure } from '../support/failure';

const MGMT_URL = testBroker.managementUrl;
const admin = { username: TEST_USERS.admin.username, password: TEST_USERS.admin.password };
const teamA = { username: TEST_USERS.management.username, password: TEST_USERS.management.password };
const unique = uniqueName;

type Client = typeof import('@/lib/rabbitmq/management');

/** A fresh client module (its preferred node and in-flight map are module state) for these URLs. */
async function client(...urls: string[]): Promise<Client> {
  process.env.RABBITMQ_MANAGEMENT_URL = urls.join(',');
  vi.resetModules();
  return import('@/lib/rabbitmq/management');
}

/** Direct, unwrapped access to the broker as the test administrator, for arranging (a 404 is fine). */
async function raw(method: string, path: string, body?: unknown): Promise<void> {
  await mgmt(method, path, body).catch((error: Error) => {
    if (!/ → 404 /.test(error.message)) throw error;
  });
}

interface Proxy {
  url: string;
  port: number;
  /** Request paths that reached the broker through this proxy. */
  forwarded: string[];
  close: () => Promise<void>;
}

/**
 * A loopback HTTP proxy in front of the broker that counts what it forwards. `mode` lets it play a
 * node that is shutting down (503) or one that never answers.
 */
async function proxy(mode: 'forward' | 'unavailable' | 'silent' = 'forward'): Promise<Proxy> {
  const forwarded: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    forwarded.push(req.url ?? '');
    if (mode === 'silent') return;
    if (mode === 'unavailable') {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'service_unavailable', reason: 'node shutting down' }));
      return;
    }
    const target = new URL(req.url ?? '/', MGMT_URL);
    const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const proxies: Proxy[] = [];
const track = (p: Proxy) => (proxies.push(p), p);
afterEach(async () => {
  delete process.env.WARREN_MANAGEMENT_CACHE_MS;
  await Promise.all(proxies.splice(0).map((p) => p.close()));
});

// One vhost of this file's own, with an awkward name, removed at the end.
const vhost = unique('warren-it mgmt/%#?');
beforeAll(async () => {
  await raw('PUT', `/vhosts/${enc(vhost)}`, {});
  await raw('PUT', `/permissions/${enc(vhost)}/${enc(admin.username)}`, { configure: '.*', write: '.*', read: '.*' });
});
afterAll(async () => {
  await raw('DELETE', `/vhosts/${enc(vhost)}`);
});

describe('error mapping against the real broker', () => {
  it('a missing queue is 404 NOT_FOUND', async () => {
    const { managementRequest, mgmtPath } = await client(MGMT_URL);
    const error = await brokerFailure(managementRequest(admin, 'GET', mgmtPath`/queues/${'/'}/${unique('missing')}`));
    expect([error.code, error.status]).toEqual(['NOT_FOUND', 404]);
  });

  it('redeclaring a queue with other arguments is 406 PRECONDITION_FAILED with the broker’s reason', async () => {
    const { managementRequest, mgmtPath } = await client(MGMT_URL);
    const name = unique('redeclare');
    await managementRequest(admin, 'PUT', mgmtPath`/queues/${vhost}/${name}`, { body: { durable: true, arguments: {} } });
    const error = await brokerFailure(
      managementRequest(admin, 'PUT', mgmtPath`/queues/${vhost}/${name}`, { body: { durable: true, arguments: { 'x-max-length': 5 } } }),
    );
    expect([error.code, error.status]).toEqual(['PRECONDITION_FAILED', 406]);
    expect(error.message).toContain("inequivalent arg 'x-max-length'");
    await managementRequest(admin, 'DELETE', mgmtPath`/queues/${vhost}/${name}`);
  });

  it('a user without permissions on a vhost gets 403 ACCESS_REFUSED, not a login failure', async () => {
    const { managementRequest, mgmtPath } = await client(MGMT_URL);
    const error = await brokerFailure(managementRequest(teamA, 'GET', mgmtPath`/queues/${'team-b'}`));
    expect([error.code, error.status, error.message]).toEqual(['ACCESS_REFUSED', 403, 'User not authorised to access virtual host']);
  });

  it('a management user asking for monitoring data gets 403 ACCESS_REFUSED', async () => {
    const { managementRequest } = await client(MGMT_URL);
    const error = await brokerFailure(managementRequest(teamA, 'GET', '/nodes'));
    expect([error.code, error.message]).toEqual(['ACCESS_REFUSED', 'Not monitor user']);
  });

  it('a reserved amq. queue name is 403 ACCESS_REFUSED', async () => {
    const { managementRequest, mgmtPath } = await client(MGMT_URL);
    const error = await brokerFailure(managementRequest(admin, 'PUT', mgmtPath`/queues/${vhost}/${'amq.warren'}`, { body: { durable: true } }));
    expect([error.code, error.status]).toEqual(['ACCESS_REFUSED', 403]);
  });

  it('a bad password is 401 LOGIN_FAILED; a user without tags too', async () => {
    const { managementRequest } = await client(MGMT_URL);
    const bad = await brokerFailure(managementRequest({ ...admin, password: 'wrong' }, 'GET', '/whoami'));
    expect([bad.code, bad.status, bad.message]).toEqual(['LOGIN_FAILED', 401, 'Login failed']);
    const none = TEST_USERS.none;
    const notag = await brokerFailure(managementRequest({ username: none.username, password: none.password }, 'GET', '/whoami'));
    expect([notag.code, notag.message]).toEqual(['LOGIN_FAILED', 'Not management user']);
  });

  it('an invalid page size is 400 BAD_REQUEST with the broker’s wording', async () => {
    const { managementRequest } = await client(MGMT_URL);
    const error = await brokerFailure(managementRequest(admin, 'GET', '/queues', { query: { pagination: true, page: 1, page_size: 501 } }));
    expect([error.code, error.status]).toEqual(['BAD_REQUEST', 400]);
    expect(error.message).toMatch(/page size 501/);
  });
});

describe('failover against the real broker', () => {
  it('skips a dead port and succeeds on the live URL', async () => {
    const { managementRequest } = await client(`http://127.0.0.1:${await deadPort()}`, MGMT_URL);
    const whoami = await managementRequest<{ name: string }>(admin, 'GET', '/whoami');
    expect(whoami.name).toBe(admin.username);
  });

  it('remembers the node that answered: later requests go there first', async () => {
    const stopping = track(await proxy('unavailable'));
    const live = track(await proxy('forward'));
    const { managementRequest } = await client(stopping.url, live.url);
    await managementRequest(admin, 'GET', '/whoami');
    await managementRequest(admin, 'GET', '/overview');
    await managementRequest(admin, 'GET', '/vhosts');
    expect(stopping.forwarded).toEqual(['/api/whoami']);
    expect(live.forwarded).toEqual(['/api/whoami', '/api/overview', '/api/vhosts']);
  });

  it('fails over from a node that never answers, after the timeout', async () => {
    const silent = track(await proxy('silent'));
    const { managementRequest } = await client(silent.url, MGMT_URL);
    const started = Date.now();
    const whoami = await managementRequest<{ name: string }>(admin, 'GET', '/whoami', { timeoutMs: 300 });
    expect(whoami.name).toBe(admin.username);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('never sends a change that timed out to the next node: it may still be under way on the first', async () => {
    const silent = track(await proxy('silent'));
    const counter = track(await proxy('forward'));
    const { managementRequest } = await client(silent.url, counter.url);
    const vhost = `warren-it-timeout-${Date.now().toString(36)}`;
    const error = await brokerFailure(managementRequest(admin, 'PUT', `/vhosts/${vhost}`, { body: {}, timeoutMs: 300 }));
    expect(error.code).toBe('BROKER_TIMEOUT');
    expect(error.message).toContain('may still be under way');
    expect(counter.forwarded).toEqual([]);
  });

  it('reports BROKER_TIMEOUT when the only node never answers', async () => {
    const silent = track(await proxy('silent'));
    const { managementRequest } = await client(silent.url);
    const error = await brokerFailure(managementRequest(admin, 'GET', '/overview', { timeoutMs: 300 }));
    expect([error.code, error.status]).toEqual(['BROKER_TIMEOUT', 504]);
  });
});

describe('coalescing against the real broker', () => {
  it('two identical concurrent GETs reach the broker once; a third after the answer goes again (answer cache off)', async () => {
    process.env.WARREN_MANAGEMENT_CACHE_MS = '0';
    const counter = track(await proxy('forward'));
    const { managementRequest } = await client(counter.url);
    const [a, b] = await Promise.all([
      managementRequest<{ cluster_name: string }>(admin, 'GET', '/overview'),
      managementRequest<{ cluster_name: string }>(admin, 'GET', '/overview'),
    ]);
    expect(a.cluster_name).toBeTruthy();
    expect(b).toBe(a);
    expect(counter.forwarded).toEqual(['/api/overview']);
    await managementRequest(admin, 'GET', '/overview');
    expect(counter.forwarded).toHaveLength(2);
  });

  it('with the default answer cache, polls of the same user within 2 s reach the broker once', async () => {
    const counter = track(await proxy('forward'));
    const { managementRequest } = await client(counter.url);
    await managementRequest(admin, 'GET', '/overview');
    await managementRequest(admin, 'GET', '/overview');
    expect(counter.forwarded).toEqual(['/api/overview']);
  });

  it('the same path for two users goes twice (each is answered with their own rights)', async () => {
    const counter = track(await proxy('forward'));
    const { managementRequest } = await client(counter.url);
    const [adminVhosts, teamVhosts] = await Promise.all([
      managementRequest<Array<{ name: string }>>(admin, 'GET', '/vhosts'),
      managementRequest<Array<{ name: string }>>(teamA, 'GET', '/vhosts'),
    ]);
    expect(counter.forwarded).toHaveLength(2);
    expect(adminVhosts.map((v) => v.name)).toContain('team-b');
    expect(teamVhosts.map((v) => v.name)).toEqual(['team-a']);
  });
});

describe('names through mgmtPath', () => {
  const awkward = ['a/b', '50% off', '#hash?query=1', 'spaces and "quotes"', "it's", '<script>alert(1)</script>', '水续传', '西游记/第一回', 'dots.and..more.'];

  it('declares, reads, lists and deletes queues with awkward names in an awkward vhost', async () => {
    const { managementRequest, mgmtPath, listPage } = await client(MGMT_URL);
    for (const name of awkward) {
      await managementRequest(admin, 'PUT', mgmtPath`/queues/${vhost}/${name}`, { body: { durable: false, auto_delete: false } });
      const queue = await managementRequest<{ name: string; vhost: string }>(admin, 'GET', mgmtPath`/queues/${vhost}/${name}`);
      expect([queue.vhost, queue.name]).toEqual([vhost, name]);
    }
    const page = await listPage<{ name: string }>(admin, mgmtPath`/queues/${vhost}`, { page: 1, pageSize: 100, columns: ['name'] });
    expect(page.items.map((q) => q.name).sort()).toEqual([...awkward].sort());
    expect(page.items.every((q) => Object.keys(q).join() === 'name')).toBe(true);
    // The name filter is a plain substring without use_regex: "%" and "?" are not special.
    const filtered = await listPage<{ name: string }>(admin, mgmtPath`/queues/${vhost}`, { page: 1, pageSize: 100, name: '% o' });
    expect(filtered.items.map((q) => q.name)).toEqual(['50% off']);
    for (const name of awkward) {
      await managementRequest(admin, 'DELETE', mgmtPath`/queues/${vhost}/${name}`);
      expect((await brokerFailure(managementRequest(admin, 'GET', mgmtPath`/queues/${vhost}/${name}`))).code).toBe('NOT_FOUND');
    }
  });

  it('vhost "/" travels as %2F', async () => {
    const { managementRequest, mgmtPath } = await client(MGMT_URL);
    const name = unique('warren-it/root');
    try {
      await managementRequest(admin, 'PUT', mgmtPath`/queues/${'/'}/${name}`, { body: { durable: false, auto_delete: true } });
      const queue = await managementRequest<{ name: string; vhost: string }>(admin, 'GET', mgmtPath`/queues/${'/'}/${name}`);
      expect([queue.vhost, queue.name]).toEqual(['/', name]);
      const vhostInfo = await managementRequest<{ name: string }>(admin, 'GET', mgmtPath`/vhosts/${'/'}`);
      expect(vhostInfo.name).toBe('/');
    } finally {
      await raw('DELETE', `/queues/%2F/${enc(name)}`);
    }
  });
});

describe('paging against the real broker', () => {
  it('sorts, pages and clamps a page past the end to the last page', async () => {
    const { managementRequest, mgmtPath, listPage, listPageClamped } = await client(MGMT_URL);
    const names = Array.from({ length: 7 }, (_, i) => `page-${i}`);
    await Promise.all(names.map((name) => managementRequest(admin, 'PUT', mgmtPath`/queues/${vhost}/${name}`, { body: { durable: false } })));
    try {
      const request = { page: 2, pageSize: 3, sort: 'name', sortReverse: true, columns: ['name'] } as const;
      const second = await listPage<{ name: string }>(admin, mgmtPath`/queues/${vhost}`, request);
      expect(second.items.map((q) => q.name)).toEqual(['page-3', 'page-2', 'page-1']);
      expect([second.page, second.page_count, second.total_count, second.filtered_count]).toEqual([2, 3, 7, 7]);

      const regex = await listPage<{ name: string }>(admin, mgmtPath`/queues/${vhost}`, { page: 1, pageSize: 10, name: '^page-[0-2]$', useRegex: true });
      expect(regex.items.map((q) => q.name).sort()).toEqual(['page-0', 'page-1', 'page-2']);
      expect(regex.filtered_count).toBe(3);

      const clamped = await listPageClamped<{ name: string }>(admin, mgmtPath`/queues/${vhost}`, { ...request, page: 99 });
      expect(clamped.page).toBe(3);
      expect(clamped.items.map((q) => q.name)).toEqual(['page-0']);
    } finally {
      await Promise.all(names.map((name) => raw('DELETE', `/queues/${enc(vhost)}/${enc(name)}`)));
    }
  });
  it('sorts by message counts in two steps: the counters give the order and counts, a lookup per row the rest', async () => {
    const counted = track(await proxy());
    const { managementRequest, mgmtPath } = await client(counted.url);
    const { listQueues } = await import('@/lib/rabbitmq/queues');
    const names = Array.from({ length: 5 }, (_, i) => `count-${i}`);
    await Promise.all(names.map((name) => managementRequest(admin, 'PUT', mgmtPath`/queues/${vhost}/${name}`, { body: { durable: false } })));
    try {
      for (const [i, name] of names.entries()) {
        for (let n = 0; n < i; n++) {
          await raw('POST', `/exchanges/${enc(vhost)}/amq.default/publish`, { properties: {}, routing_key: name, payload: `m${n}`, payload_encoding: 'string' });
        }
      }
      const query = { vhost, name: '^count-', use_regex: true, sort: 'messages', sort_reverse: true, page: 1, page_size: 3 };
      // The queues' counters are refreshed with their statistics, every 5 s at most.
      await expect
        .poll(async () => (await listQueues(admin, query)).items.map((q) => [q.name, q.messages]), { timeout: 15_000, interval: 500 })
        .toEqual([['count-4', 4], ['count-3', 3], ['count-2', 2]]);
      const first = await listQueues(admin, query);
      expect([first.page, first.page_count, first.filtered_count]).toEqual([1, 2, 5]);
      // Columns the counters do not carry come from the per-row lookups.
      expect(first.items.map((q) => [q.vhost, q.type, q.durable])).toEqual(Array(3).fill([vhost, 'classic', false]));
      const second = await listQueues(admin, { ...query, page: 2 });
      expect(second.items.map((q) => [q.name, q.messages])).toEqual([['count-1', 1], ['count-0', 0]]);
      // The broker sorted on the counters (not its statistics), then each row was looked up.
      const asked = counted.forwarded.slice(-3).map((url) => new URL(url, MGMT_URL));
      expect(asked[0]!.searchParams.get('disable_stats')).toBe('true');
      expect(asked[0]!.searchParams.get('enable_queue_totals')).toBe('true');
      expect(asked.slice(1).map((url) => decodeURIComponent(url.pathname.split('/').pop()!)).sort()).toEqual(['count-0', 'count-1']);
    } finally {
      await Promise.all(names.map((name) => raw('DELETE', `/queues/${enc(vhost)}/${enc(name)}`)));
    }
  });
});
