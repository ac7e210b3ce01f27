import fs from 'node:fs';
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { apiRoutes } from '../../scripts/lib/api-routes.mjs';
import { createVhost, enc, mgmt, uniqueName } from '../support/broker';
import { authFile, type Role } from '../support/env';
import { startExtraServer, type ExtraServer } from '../support/server';

// Every route, every method it exports, hostile input: no answer is a 5xx, every 4xx is the JSON
// error envelope with a message, Warren stays responsive, and nothing outside the fuzz's own vhost
// changes. Routes are found on disk (app/api/**/route.ts), so a new route is fuzzed without a
// line here. Runs alone (its own Playwright project, after the others), against a Warren server
// of its own so that its failed logins and logouts touch no other test's state.
//
//   WARREN_FUZZ_SEED=1234 npm test -- e2e e2e/fuzz     replays one run
//   WARREN_FUZZ_REQUESTS=5000                           more requests (default 2,000)

const SEED = Number(process.env.WARREN_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const TOTAL = Number(process.env.WARREN_FUZZ_REQUESTS ?? 2000);
const BATCH = 8;
const RESPONSIVE_MS = 1000;

test.setTimeout(600_000);

/** mulberry32: a small seeded generator, so that a seed replays the same requests. */
function generator(seed: number) {
  let t = seed >>> 0;
  const next = () => {
    t += 0x6d2b79f5;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof generator>;

const enc300 = enc('q'.repeat(300));
/** Path segments as they go on the wire (already encoded, or deliberately not). */
const HOSTILE_SEGMENTS = [
  '.', '..', '%2e', '%2E%2E', '%2e%2e%2f', '%00', 'a%00b', '%ED%A0%80', '%C3%28', '%FF', '%E2%82', '%zz', '%', '%2',
  enc300, enc('<script>alert(1)</script>'), enc(`'"\\`), enc('水续传'), enc('🐇 rabbit'), '~.', '~..', '~', 'amq.default',
  'amq.topic', enc('(AMQP default)'), 'contents', 'bindings', '%2Fetc%2Fpasswd', enc('a/b'), enc(' '), '%20', '%0A', '%E4%B8',
];
const HOSTILE_VALUES = [
  '', '0', '-1', '1e9', '99999999999999999999', 'NaN', 'abc', '%ED%A0%80', '%FF', '%zz', '%', enc('(a+)+$'), enc('^(([a-z])+.)+[A-Z]([a-z])+$'),
  enc('['), enc('(?=x)'), enc('x'.repeat(5000)), 'true', 'false', 'maybe', enc('name;drop'), enc('message_stats.__proto__'),
  enc('<img src=x onerror=alert(1)>'), enc('水'), '%00',
];
const QUERY_KEYS = ['page', 'page_size', 'name', 'use_regex', 'sort', 'sort_reverse', 'vhost', 'if_empty', 'if_unused', 'routing_key', 'headers', 'fresh', '__proto__', 'x'];

function deep(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}
const HOSTILE_BODIES: Array<() => { type: string | null; body: string }> = [
  () => ({ type: 'application/json', body: 'null' }),
  () => ({ type: 'application/json', body: '[]' }),
  () => ({ type: 'application/json', body: '42' }),
  () => ({ type: 'application/json', body: '"text"' }),
  () => ({ type: 'application/json', body: 'true' }),
  () => ({ type: 'application/json', body: '{}' }),
  () => ({ type: 'application/json', body: '{"a":' }),
  () => ({ type: 'application/json', body: deep(10_000) }),
  () => ({ type: 'application/json', body: JSON.stringify({ name: 'x'.repeat(100_000), routing_key: 'k'.repeat(100_000) }) }),
  () => ({ type: 'application/json', body: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}' }),
  () => ({ type: 'application/json', body: JSON.stringify({ action: 'purge', queues: [{ vhost: '..', name: '.' }] }) }),
  () => ({ type: 'application/json', body: JSON.stringify({ type: 'quorum', durable: false, arguments: { 'x-max-length': 'ten' } }) }),
  () => ({ type: 'application/json', body: JSON.stringify({ username: 'guest:guest', password: 'x' }) }),
  () => ({ type: 'application/json', body: JSON.stringify({ username: '<b>', password: '' }) }),
  () => ({ type: 'application/json', body: JSON.stringify({ routing_key: 1, arguments: { 'x-match': 'ALL' } }) }),
  () => ({ type: 'application/json', body: JSON.stringify({ headers: { a: { b: { c: 1 } } } }) }),
  () => ({ type: 'text/plain', body: '{"action":"purge"}' }),
  () => ({ type: 'application/x-www-form-urlencoded', body: 'a=1&b=2' }),
  () => ({ type: 'multipart/form-data; boundary=x', body: '--x--' }),
  () => ({ type: null, body: '' }),
  () => ({ type: 'application/json; charset=utf-8', body: '\u0000' }),
];

interface Sample {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  role: Role;
}

/** The route that creates vhosts (PUT /api/vhosts/:vhost): any name it is given becomes one. */
const VHOST_ROUTE = '/api/vhosts/[vhost]';

function segmentFor(random: Random, name: string, fuzzVhost: string, pattern: string): string {
  // The vhost is the fuzz's own or a hostile value, never another real vhost: what is written
  // must land in the fuzz's vhost, and anything else found changed afterwards is a bug.
  if (name === 'vhost' && random.chance(0.6)) return enc(fuzzVhost);
  // A vhost the fuzz creates is named after its own, so that it is the fuzz's too (and removed after).
  if (name === 'vhost' && pattern === VHOST_ROUTE) return enc(fuzzVhost) + random.pick(HOSTILE_SEGMENTS);
  return random.pick(HOSTILE_SEGMENTS);
}

function sampleFor(random: Random, routes: ReturnType<typeof apiRoutes>, fuzzVhost: string): Sample {
  const role: Role = random.chance(0.7) ? 'admin' : 'management';
  // A route of the table with one of its methods, or a method it does not have, or no route at all.
  const route = random.pick(routes);
  const segments = route.segments.map((segment) => {
    const dynamic = /^\[(\.\.\.)?(\w+)\]$/.exec(segment);
    return dynamic ? segmentFor(random, dynamic[2]!, fuzzVhost, route.pattern) : segment;
  });
  if (random.chance(0.05)) segments.push(random.pick(HOSTILE_SEGMENTS));
  if (random.chance(0.03)) segments.splice(random.int(segments.length), 1);
  const methods = random.chance(0.9) ? route.methods : ['PATCH', 'OPTIONS', 'TRACE', 'PUT', 'POST', 'DELETE'];
  const method = random.pick(methods.length ? methods : ['GET']);
  const query = Array.from({ length: random.int(4) }, () => `${random.pick(QUERY_KEYS)}=${random.pick(HOSTILE_VALUES)}`).join('&');
  const path = `/api/${segments.join('/')}${query ? `?${query}` : ''}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chosen = random.chance(0.2) ? { type: 'application/json', body: '{}' } : random.pick(HOSTILE_BODIES)();
    if (chosen.type) headers['content-type'] = chosen.type;
    body = chosen.body || undefined;
    // Framed, as every client must (Node sends DELETE and OPTIONS bodies unframed otherwise).
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  }
  if (random.chance(0.03)) headers['x-forwarded-host'] = 'evil.example';
  if (random.chance(0.03)) headers.origin = 'https://evil.example';
  return { method, path, headers, body, role };
}

interface Answer {
  status: number;
  type: string;
  text: string;
  ms: number;
}

/** Sends exactly this path (no normalisation: dot segments and broken escapes go out as written). */
function send(server: ExtraServer, sample: Sample, cookie: string): Promise<Answer> {
  const url = new URL(server.url);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      // A connection of its own: a request the server refuses at the HTTP level closes it.
      { host: url.hostname, port: url.port, method: sample.method, path: sample.path, headers: { ...sample.headers, cookie }, agent: false },
      (response) => {
        const type = String(response.headers['content-type'] ?? '');
        // A stream that has begun (a live tail, the firehose, a move's progress) is a clear answer
        // too: its status and type are known. Closing it is also what a user leaving does, and the
        // server must clean up after it (temporary queue, tracing).
        if (response.statusCode === 200 && /^(text\/event-stream|application\/x-ndjson)/.test(type)) {
          request.destroy();
          resolve({ status: 200, type, text: '', ms: Date.now() - started });
          return;
        }
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), text, ms: Date.now() - started }),
        );
      },
    );
    request.on('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error(`no answer within 30 s: ${sample.method} ${sample.path}`)));
    if (sample.body !== undefined) request.write(sample.body);
    request.end();
  });
}

/** The fuzz's vhost and those it created (named after it). */
async function fuzzVhosts(fuzzVhost: string): Promise<string[]> {
  return (await mgmt<Array<{ name: string }>>('GET', '/vhosts?columns=name')).map((v) => v.name).filter((v) => v.startsWith(fuzzVhost));
}

/** What the fuzz must not change: the vhosts that are not its own, their queues, exchanges and bindings. */
async function snapshot(fuzzVhost: string): Promise<string> {
  const vhosts = (await mgmt<Array<{ name: string }>>('GET', '/vhosts?columns=name')).map((v) => v.name).filter((v) => !v.startsWith(fuzzVhost)).sort();
  const parts: string[] = [];
  for (const vhost of vhosts) {
    const queues = await mgmt<Array<Record<string, unknown>>>('GET', `/queues/${enc(vhost)}?columns=name,durable,auto_delete,arguments`);
    const exchanges = await mgmt<Array<Record<string, unknown>>>('GET', `/exchanges/${enc(vhost)}?columns=name,type,durable,arguments`);
    const bindings = await mgmt<Array<Record<string, unknown>>>('GET', `/bindings/${enc(vhost)}?columns=source,destination,destination_type,routing_key,properties_key`);
    const sorted = (items: Array<Record<string, unknown>>) => items.map((item) => JSON.stringify(item)).sort();
    parts.push(JSON.stringify({ vhost, queues: sorted(queues), exchanges: sorted(exchanges), bindings: sorted(bindings) }));
  }
  return parts.join('\n');
}

function cookieOf(role: Role): string {
  // The setup project's session cookies work on any instance with the same SESSION_SECRET.
  const state = JSON.parse(fs.readFileSync(authFile(role), 'utf8')) as { cookies: Array<{ name: string; value: string }> };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

test('hostile requests to every route get a clear JSON answer, and change nothing elsewhere', async () => {
  const routes = apiRoutes().filter((route) => !route.catchAll);
  console.log(`fuzz: seed ${SEED} (WARREN_FUZZ_SEED=${SEED} replays it), ${TOTAL} requests over ${routes.length} routes`);
  const fuzzVhost = uniqueName('e2e-fuzz');
  const dropVhost = await createVhost(fuzzVhost, ['admin', 'management']);
  const server = await startExtraServer({});
  const random = generator(SEED);
  const cookies = { admin: cookieOf('admin'), management: cookieOf('management') } as Record<Role, string>;
  const before = await snapshot(fuzzVhost);
  const statuses = new Map<number, number>();
  const problems: string[] = [];
  const started = Date.now();
  try {
    for (let sent = 0; sent < TOTAL; sent += BATCH) {
      const samples = Array.from({ length: Math.min(BATCH, TOTAL - sent) }, () => sampleFor(random, routes, fuzzVhost));
      // A connection Warren drops is an answer too (a bad one): recorded, not thrown.
      const answers = await Promise.all(
        samples.map((sample) =>
          send(server, sample, cookies[sample.role]).catch((error: Error): Answer => ({ status: 0, type: '', text: `no answer: ${error.message}`, ms: 0 })),
        ),
      );
      answers.forEach((answer, i) => {
        const sample = samples[i]!;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const what = `${sample.role} ${sample.method} ${sample.path.slice(0, 160)} → ${answer.status}`;
        if (answer.status >= 500 || answer.status === 0) problems.push(`${what}: ${answer.text.slice(0, 200)}`);
        else if (answer.status >= 300 && answer.status < 400) problems.push(`${what}: a redirect (${answer.type})`);
        else if (answer.status >= 400) {
          let error: { code?: unknown; message?: unknown } | undefined;
          try {
            error = (JSON.parse(answer.text) as { error?: typeof error }).error;
          } catch {
            error = undefined;
          }
          if (!answer.type.includes('application/json') || typeof error?.code !== 'string' || typeof error.message !== 'string' || !error.message.trim()) {
            problems.push(`${what}: not the error envelope (${answer.type}): ${answer.text.slice(0, 120)}`);
          }
        } else if (answer.status !== 204 && sample.method !== 'HEAD' && !/application\/json|text\/event-stream|application\/x-ndjson/.test(answer.type)) {
          problems.push(`${what}: a ${answer.status} that is not JSON (${answer.type})`);
        }
      });
      // Between batches another user is answered at once: nothing above may hold the server.
      if ((sent / BATCH) % 12 === 0) {
        const probe = await send(server, { method: 'GET', path: '/api/auth/session', headers: {}, role: 'management' }, cookies.management);
        if (probe.status !== 200 || probe.ms >= RESPONSIVE_MS) problems.push(`after ${sent} requests the session probe took ${probe.ms} ms (${probe.status})`);
      }
    }
  } finally {
    // The server's own account of what went wrong (each unexpected error is logged once there).
    if (problems.length) console.log(`fuzz: the server's log, last lines:\n${server.output().split('\n').slice(-60).join('\n')}`);
    await server.stop();
  }
  const after = await snapshot(fuzzVhost);
  await dropVhost();
  for (const created of await fuzzVhosts(fuzzVhost)) await mgmt('DELETE', `/vhosts/${enc(created)}`).catch(() => undefined);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(', ');
  console.log(`fuzz: seed ${SEED}, ${TOTAL} requests in ${seconds} s; by status ${counts}; ${problems.length} problems`);
  expect(problems.slice(0, 40), `seed ${SEED}: ${problems.length} problems (first 40 shown)`).toEqual([]);
  expect(after, `seed ${SEED}: the fuzz changed another vhost`).toBe(before);
});
