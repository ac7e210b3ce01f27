// The management client against local HTTP stubs: the cases a real broker cannot produce on
// demand (a node that never answers, a dead first node, counting requests for coalescing).
// Against the real broker: tests/integration/management.test.ts.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { brokerFailure } from '@/tests/support/failure';

type ManagementModule = typeof import('./management');

interface Hit {
  method: string;
  url: string;
  authorization?: string;
  accept?: string;
  contentType?: string;
  body: string;
}

interface Stub {
  url: string;
  port: number;
  hits: Hit[];
  close: () => Promise<void>;
}

type Reply = (hit: Hit, res: http.ServerResponse) => void;

const open: Stub[] = [];

async function stub(reply: Reply = json(200, { ok: true }), port = 0): Promise<Stub> {
  const hits: Hit[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const hit: Hit = {
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        accept: req.headers.accept,
        contentType: req.headers['content-type'],
        body,
      };
      hits.push(hit);
      reply(hit, res);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  const handle: Stub = {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        // A stub that never answers keeps its sockets open: end them, or close() waits forever.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  open.push(handle);
  return handle;
}

function json(status: number, body: unknown, delayMs = 0): Reply {
  return (_hit, res) => {
    setTimeout(() => {
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, text ? { 'content-type': 'application/json' } : {});
      res.end(text);
    }, delayMs);
  };
}

const never: Reply = () => {};

/** A port with nothing listening on it (taken and released at once). */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const alice = { username: 'alice', password: 'pässword:1' };
const bob = { username: 'bob', password: 'secret' };

// The client keeps module state (preferred node, in-flight requests) and reads the timeout at
// import: every test gets a fresh module.
async function client(urls: string[], env: Record<string, string> = {}): Promise<ManagementModule> {
  process.env.RABBITMQ_MANAGEMENT_URL = urls.join(',');
  for (const [key, value] of Object.entries(env)) process.env[key] = value;
  vi.resetModules();
  return import('./management');
}

const savedEnv = { ...process.env };
beforeEach(() => {
  delete process.env.WARREN_MANAGEMENT_TIMEOUT_MS;
  // Most tests count broker hits one by one; the short answer cache has tests of its own below.
  process.env.WARREN_MANAGEMENT_CACHE_MS = '0';
});
afterEach(async () => {
  process.env = { ...savedEnv };
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe('managementRequest', () => {
  it('calls /api on the node with the user’s Basic auth, JSON headers and the query', async () => {
    const broker = await stub(json(200, { name: 'alice' }));
    const { managementRequest } = await client([broker.url + '/']);
    const answer = await managementRequest(alice, 'GET', '/whoami', { query: { a: 1, b: '', c: undefined, d: null, e: false } });
    expect(answer).toEqual({ name: 'alice' });
    expect(broker.hits).toHaveLength(1);
    const [hit] = broker.hits;
    expect(hit!.url).toBe('/api/whoami?a=1&e=false');
    expect(hit!.authorization).toBe('Basic ' + Buffer.from('alice:pässword:1', 'utf8').toString('base64'));
    expect(hit!.accept).toMatch(/^application\/json\b/);
    expect(hit!.contentType).toBeUndefined();
  });

  it('accepts a base URL that ends in /api', async () => {
    const broker = await stub();
    const { managementRequest } = await client([`${broker.url}/api/`]);
    await managementRequest(alice, 'GET', '/overview');
    expect(broker.hits[0]!.url).toBe('/api/overview');
  });

  it('sends a JSON body with its content type and answers undefined for an empty 204/201', async () => {
    const broker = await stub(json(201, undefined));
    const { managementRequest } = await client([broker.url]);
    const answer = await managementRequest(alice, 'PUT', '/queues/%2F/q', { body: { durable: true } });
    expect(answer).toBeUndefined();
    expect(broker.hits[0]).toMatchObject({ method: 'PUT', contentType: 'application/json', body: '{"durable":true}' });
  });

  it('maps an error answer to a BrokerError with the broker’s reason', async () => {
    const broker = await stub(json(404, { error: 'Object Not Found', reason: 'Not Found' }));
    const { managementRequest } = await client([broker.url]);
    const error = await brokerFailure(managementRequest(alice, 'GET', '/queues/%2F/nope'));
    expect([error.code, error.status, error.message]).toEqual(['NOT_FOUND', 404, 'Not Found']);
  });

  it('reads a non-JSON error body as text', async () => {
    const broker = await stub((_hit, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<h1>Internal Server Error</h1>');
    });
    const { managementRequest } = await client([broker.url]);
    const error = await brokerFailure(managementRequest(alice, 'GET', '/overview'));
    expect([error.code, error.message]).toEqual(['BROKER_ERROR', '<h1>Internal Server Error</h1>']);
  });

  // Regression (the route fuzz suite): 3.10 answered GET /api/connections with 500 while one of
  // the connections closed, and Warren passed that on as a 502.
  it('asks once more when a GET is answered 500, and passes the second answer on', async () => {
    let calls = 0;
    const broker = await stub((_hit, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":"Internal Server Error","reason":"badarg"}');
      } else json(200, [{ name: 'c1' }])(_hit, res);
    });
    const { managementRequest } = await client([broker.url]);
    await expect(managementRequest(alice, 'GET', '/connections')).resolves.toEqual([{ name: 'c1' }]);
    expect(broker.hits).toHaveLength(2);
    // A change is never sent twice.
    calls = 0;
    await expect(managementRequest(alice, 'DELETE', '/queues/%2F/q')).rejects.toMatchObject({ code: 'BROKER_ERROR' });
    expect(broker.hits).toHaveLength(3);
  });
});

describe('mgmtPath', () => {
  it('encodes every interpolated value as exactly one path segment', async () => {
    const { mgmtPath } = await client(['http://127.0.0.1:1']);
    expect(mgmtPath`/queues/${'/'}/${'a/b?c#d %e'}`).toBe('/queues/%2F/a%2Fb%3Fc%23d%20%25e');
    expect(mgmtPath`/exchanges/${'team-a'}/${'水续传'}/bindings/source`).toBe(
      `/exchanges/team-a/${encodeURIComponent('水续传')}/bindings/source`,
    );
    expect(mgmtPath`/queues/${'<script>"\''}/${42}`).toBe(`/queues/${encodeURIComponent('<script>"\'')}/42`);
  });

  it('reaches the broker encoded once (the stub sees %2F and %25, not %252F)', async () => {
    const broker = await stub();
    const { managementRequest, mgmtPath } = await client([broker.url]);
    await managementRequest(alice, 'GET', mgmtPath`/queues/${'/'}/${'50% off/#1'}`);
    expect(broker.hits[0]!.url).toBe('/api/queues/%2F/50%25%20off%2F%231');
  });
});

describe('coalescing', () => {
  it('sends two identical concurrent GETs of one user to the broker once', async () => {
    const broker = await stub(json(200, { n: 1 }, 100));
    const { managementRequest } = await client([broker.url]);
    const [a, b] = await Promise.all([
      managementRequest(alice, 'GET', '/overview', { query: { x: 1 } }),
      managementRequest(alice, 'GET', '/overview', { query: { x: 1 } }),
    ]);
    expect(a).toEqual({ n: 1 });
    expect(b).toEqual({ n: 1 });
    expect(broker.hits).toHaveLength(1);
  });

  it('does not share across users, paths, queries or mutations, nor after the answer', async () => {
    const broker = await stub(json(200, {}, 50));
    const { managementRequest } = await client([broker.url]);
    await Promise.all([
      managementRequest(alice, 'GET', '/overview'),
      managementRequest(bob, 'GET', '/overview'),
      managementRequest(alice, 'GET', '/nodes'),
      managementRequest(alice, 'GET', '/overview', { query: { columns: 'x' } }),
      managementRequest(alice, 'PUT', '/vhosts/v', { body: {} }),
      managementRequest(alice, 'PUT', '/vhosts/v', { body: {} }),
    ]);
    expect(broker.hits).toHaveLength(6);
    // With the answer cache off, coalescing is for in-flight requests only.
    await managementRequest(alice, 'GET', '/overview');
    expect(broker.hits).toHaveLength(7);
  });

  it('reuses an answer for WARREN_MANAGEMENT_CACHE_MS, per user, until that user changes something', async () => {
    const broker = await stub(json(200, {}, 0));
    const { managementRequest } = await client([broker.url], { WARREN_MANAGEMENT_CACHE_MS: '60000' });
    await managementRequest(alice, 'GET', '/overview');
    await managementRequest(alice, 'GET', '/overview');
    expect(broker.hits).toHaveLength(1);
    await managementRequest(bob, 'GET', '/overview');
    expect(broker.hits).toHaveLength(2);
    await managementRequest(alice, 'PUT', '/vhosts/v', { body: {} });
    await managementRequest(alice, 'GET', '/overview');
    expect(broker.hits).toHaveLength(4);
    // Bob changed nothing: his answer is still fresh.
    await managementRequest(bob, 'GET', '/overview');
    expect(broker.hits).toHaveLength(4);
  });

  it('asks the broker for a fresh answer when told to (checks right before a write)', async () => {
    const broker = await stub(json(200, {}, 0));
    const { managementRequest } = await client([broker.url], { WARREN_MANAGEMENT_CACHE_MS: '60000' });
    await managementRequest(alice, 'GET', '/queues/v/q');
    await managementRequest(alice, 'GET', '/queues/v/q', { fresh: true });
    expect(broker.hits).toHaveLength(2);
  });

  it('asks the broker again once the cached answer is older than the limit', async () => {
    const broker = await stub(json(200, {}, 0));
    const { managementRequest } = await client([broker.url], { WARREN_MANAGEMENT_CACHE_MS: '50' });
    await managementRequest(alice, 'GET', '/overview');
    await new Promise((resolve) => setTimeout(resolve, 80));
    await managementRequest(alice, 'GET', '/overview');
    expect(broker.hits).toHaveLength(2);
  });

  // Regression: answers stayed in memory with no age limit, up to 1,000 of them (a page of 500
  // queues each), long after they could be served.
  it('drops answers once they are older than the limit, with or without new requests', async () => {
    const broker = await stub(json(200, { big: 'x'.repeat(1000) }, 0));
    const { managementRequest, answerCacheSize, sweepAnswers } = await client([broker.url], { WARREN_MANAGEMENT_CACHE_MS: '2000' });
    for (let page = 1; page <= 5; page++) await managementRequest(alice, 'GET', '/queues', { query: { page } });
    expect(answerCacheSize()).toBe(5);
    sweepAnswers(Date.now() + 1000);
    expect(answerCacheSize()).toBe(5);
    sweepAnswers(Date.now() + 2500);
    expect(answerCacheSize()).toBe(0);
  });

  it('does not share between two passwords of one username', async () => {
    const broker = await stub(json(200, {}, 50));
    const { managementRequest } = await client([broker.url]);
    await Promise.all([
      managementRequest(alice, 'GET', '/whoami'),
      managementRequest({ ...alice, password: 'other' }, 'GET', '/whoami'),
    ]);
    expect(broker.hits).toHaveLength(2);
  });

  it('fails every waiting caller on an error, then forgets the request', async () => {
    let status = 503;
    const broker = await stub((hit, res) => json(status, { error: 'x', reason: 'down' }, 50)(hit, res));
    const { managementRequest } = await client([broker.url]);
    const results = await Promise.allSettled([managementRequest(alice, 'GET', '/overview'), managementRequest(alice, 'GET', '/overview')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(broker.hits).toHaveLength(1);
    status = 200;
    await expect(managementRequest(alice, 'GET', '/overview')).resolves.toEqual({ error: 'x', reason: 'down' });
    expect(broker.hits).toHaveLength(2);
  });
});

describe('failover', () => {
  it('skips a dead node, succeeds on the next, and then goes to that node first', async () => {
    const dead = await deadPort();
    const live = await stub(json(200, { node: 'live' }));
    const { managementRequest } = await client([`http://127.0.0.1:${dead}`, live.url]);
    expect(await managementRequest(alice, 'GET', '/overview')).toEqual({ node: 'live' });
    expect(live.hits).toHaveLength(1);

    // The dead node comes back: the client keeps using the node that answered last.
    const revived = await stub(json(200, { node: 'revived' }), dead);
    expect(await managementRequest(alice, 'GET', '/overview')).toEqual({ node: 'live' });
    expect(revived.hits).toHaveLength(0);
    expect(live.hits).toHaveLength(2);
  });

  it('moves on when a node answers 503 (shutting down), but reports the last node’s 503', async () => {
    const stopping = await stub(json(503, { error: 'service_unavailable', reason: 'shutting down' }));
    const live = await stub(json(200, { ok: 1 }));
    const { managementRequest } = await client([stopping.url, live.url]);
    expect(await managementRequest(alice, 'GET', '/overview')).toEqual({ ok: 1 });
    expect([stopping.hits.length, live.hits.length]).toEqual([1, 1]);

    const alone = await client([stopping.url]);
    const error = await brokerFailure(alone.managementRequest(alice, 'GET', '/overview'));
    expect([error.code, error.message]).toEqual(['BROKER_UNREACHABLE', 'shutting down']);
  });

  it('does not fail over on an answer: a 404 is the cluster’s answer', async () => {
    const first = await stub(json(404, { error: 'Object Not Found', reason: 'Not Found' }));
    const second = await stub();
    const { managementRequest } = await client([first.url, second.url]);
    expect((await brokerFailure(managementRequest(alice, 'GET', '/queues/%2F/x'))).code).toBe('NOT_FOUND');
    expect(second.hits).toHaveLength(0);
  });

  // Regression: the client was told the broker's internal URL (even before login).
  it('tells the client a plain sentence when no node can be reached, and the log which and why', async () => {
    const a = await deadPort();
    const b = await deadPort();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { managementRequest } = await client([`http://127.0.0.1:${a}`, `http://127.0.0.1:${b}`]);
      const error = await brokerFailure(managementRequest(alice, 'GET', '/overview'));
      expect(error.code).toBe('BROKER_UNREACHABLE');
      expect(error.status).toBe(503);
      expect(error.message).toBe('The management API cannot be reached');
      const logged = warn.mock.calls.map((call) => String(call[0]));
      expect(logged.some((line) => line.includes(`127.0.0.1:${a}`) && /ECONNREFUSED/.test(line))).toBe(true);
      expect(logged.some((line) => line.includes(`127.0.0.1:${b}`))).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('timeouts', () => {
  it('gives up on a node that never answers with BROKER_TIMEOUT within the given time', async () => {
    const silent = await stub(never);
    const { managementRequest } = await client([silent.url]);
    const started = Date.now();
    const error = await brokerFailure(managementRequest(alice, 'GET', '/overview', { timeoutMs: 300 }));
    const elapsed = Date.now() - started;
    expect([error.code, error.status]).toEqual(['BROKER_TIMEOUT', 504]);
    expect(error.message).toBe('The management API did not answer within 0.3 s');
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('uses WARREN_MANAGEMENT_TIMEOUT_MS by default', async () => {
    const silent = await stub(never);
    const { managementRequest } = await client([silent.url], { WARREN_MANAGEMENT_TIMEOUT_MS: '400' });
    const started = Date.now();
    const error = await brokerFailure(managementRequest(alice, 'GET', '/overview'));
    expect(error.code).toBe('BROKER_TIMEOUT');
    expect(error.message).toMatch(/within 0\.4 s$/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('fails over from a node that hangs to one that answers', async () => {
    const silent = await stub(never);
    const live = await stub(json(200, { ok: true }));
    const { managementRequest } = await client([silent.url, live.url]);
    expect(await managementRequest(alice, 'GET', '/overview', { timeoutMs: 200 })).toEqual({ ok: true });
    expect([silent.hits.length, live.hits.length]).toEqual([1, 1]);
  });
});

describe('listPage / listPageClamped', () => {
  it('pushes paging, filter, sort and columns down to the broker, capping the page size at 500', async () => {
    const broker = await stub(json(200, { items: [], page: 1, page_size: 500, page_count: 0, item_count: 0, filtered_count: 0, total_count: 0 }));
    const { listPage } = await client([broker.url]);
    await listPage(alice, '/queues/%2F', {
      page: 2,
      pageSize: 9000,
      name: '^orders',
      useRegex: true,
      sort: 'messages',
      sortReverse: true,
      columns: ['name', 'messages', 'message_stats.publish_details.rate'],
    });
    const url = new URL(broker.hits[0]!.url, broker.url);
    expect(url.pathname).toBe('/api/queues/%2F');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      pagination: 'true',
      page: '2',
      page_size: '500',
      name: '^orders',
      use_regex: 'true',
      sort: 'messages',
      sort_reverse: 'true',
      columns: 'name,messages,message_stats.publish_details.rate',
    });
  });

  it('leaves out use_regex without a name and sort_reverse without a sort', async () => {
    const broker = await stub(json(200, { items: [] }));
    const { listPage } = await client([broker.url]);
    await listPage(alice, '/exchanges', { page: 1, pageSize: 100, useRegex: true, sortReverse: true });
    expect(broker.hits[0]!.url).toBe('/api/exchanges?pagination=true&page=1&page_size=100');
  });

  it('falls back to the last page when the requested one is past the end', async () => {
    const broker = await stub((hit, res) => {
      const page = Number(new URL(hit.url, 'http://x').searchParams.get('page'));
      if (page > 3) return json(400, { error: 'page_out_of_range', reason: `Page out of range, page: ${page} page size: 100, len: 250` })(hit, res);
      json(200, { items: [{ page }], page, page_size: 100, page_count: 3, item_count: 1, filtered_count: 250, total_count: 250 })(hit, res);
    });
    const { listPageClamped } = await client([broker.url]);
    const page = await listPageClamped<{ page: number }>(alice, '/queues', { page: 7, pageSize: 100 });
    expect(page.page).toBe(3);
    expect(broker.hits.map((h) => new URL(h.url, 'http://x').searchParams.get('page'))).toEqual(['7', '1', '3']);
  });

  it('does not hide other paging errors', async () => {
    const broker = await stub(json(400, { error: 'bad_request', reason: 'Pagination parameters are invalid' }));
    const { listPageClamped } = await client([broker.url]);
    const error = await brokerFailure(listPageClamped(alice, '/queues', { page: 2, pageSize: 100, name: '(', useRegex: true }));
    expect([error.code, error.message]).toEqual(['BAD_REQUEST', 'Pagination parameters are invalid']);
    expect(broker.hits).toHaveLength(1);
  });
});

describe('mgmtPath and names that are path steps', () => {
  // Regression: mgmtPath`/queues/${vhost}/${name}/contents` with name "." became /queues/v/contents.
  it('refuses "." and ".." as any segment, with a specific error', async () => {
    const { mgmtPath } = await import('./management');
    for (const name of ['.', '..']) {
      expect(() => mgmtPath`/queues/${'v'}/${name}/contents`).toThrow(/cannot address the name/);
      expect(() => mgmtPath`/queues/${name}/q`).toThrow(expect.objectContaining({ code: 'UNADDRESSABLE' }));
    }
    expect(mgmtPath`/queues/${'/'}/${'...'}`).toBe('/queues/%2F/...');
    expect(mgmtPath`/queues/${'%2E'}/${'~.'}`).toBe('/queues/%252E/~.');
  });
});
