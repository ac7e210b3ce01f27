// Warren's production server: Next.js's own request handler behind a plain Node HTTP server,
// for one reason: knowing who is asking. Next.js keeps an X-Forwarded-For header that the client
// sent, so behind `next start` any client can claim any address (and escape the per-address
// login throttle), or any host (X-Forwarded-Host). Here the X-Forwarded-* headers are the
// socket's own unless WARREN_TRUST_PROXY=true says a reverse proxy in front sets them.
//
//   node server.mjs            (what `npm start` runs; PORT, HOSTNAME as for `next start`)
import fs from 'node:fs';
import http from 'node:http';
import { apiPrecheck, envelope, KNOWN_METHODS, requestTargetProblem } from './lib/request-line.mjs';

// A production server: set before Next.js loads, as `next start` does.
process.env.NODE_ENV ??= 'production';
const { default: next } = await import('next');

const port = Number(process.env.PORT) || 15672;
const hostname = process.env.HOSTNAME || '0.0.0.0';
const trustProxy = process.env.WARREN_TRUST_PROXY === 'true';
const FORWARDED = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'];

const routeTable = JSON.parse(fs.readFileSync(new URL('./lib/api/route-table.json', import.meta.url), 'utf8'));

/** Answers what must not reach Next.js's router (lib/request-line.mjs); true when it did. */
function refused(req, res) {
  const answered = answer(req, res);
  // The request's body is read and dropped, or its bytes would be parsed as the next request.
  if (answered) req.resume();
  return answered;
}

function answer(req, res) {
  const target = req.url ?? '/';
  const api = target === '/api' || target.startsWith('/api/') || target.startsWith('/api?');
  if (api) {
    const check = KNOWN_METHODS.includes(req.method ?? '') ? apiPrecheck(routeTable, req.method, target) : null;
    const answer =
      check ??
      (KNOWN_METHODS.includes(req.method ?? '')
        ? null
        : { status: 405, code: 'METHOD_NOT_ALLOWED', message: `${req.method} is not an HTTP method Warren answers`, allow: KNOWN_METHODS.join(', ') });
    if (!answer) return false;
    const body = envelope(answer.code, answer.message);
    res.writeHead(answer.status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(answer.allow ? { allow: answer.allow } : {}),
    });
    res.end(body);
    return true;
  }
  // Pages: the same refusals, in a sentence.
  const problem = KNOWN_METHODS.includes(req.method ?? '') ? requestTargetProblem(target) : `${req.method} is not an HTTP method Warren answers`;
  if (!problem) return false;
  res.writeHead(KNOWN_METHODS.includes(req.method ?? '') ? 400 : 405, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(`${problem}\n`);
  return true;
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  if (refused(req, res)) return;
  // Behind a trusted proxy its headers stay: it appended the address it saw to X-Forwarded-For,
  // and Warren reads that last entry (lib/session/client.ts).
  if (!trustProxy) {
    for (const header of FORWARDED) delete req.headers[header];
    // Next.js fills in the host, port and protocol from the request; the address is the socket's.
    req.headers['x-forwarded-for'] = req.socket.remoteAddress;
  }
  void handle(req, res);
});
// A request Node's HTTP parser cannot read (a TRACE with a body, a malformed header) is answered
// here, in the API's envelope, instead of with a bare 400.
server.on('clientError', (error, socket) => {
  if (!socket.writable) return socket.destroy();
  const body = envelope('BAD_REQUEST', `The request could not be read (${error.code ?? 'malformed HTTP'})`);
  socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
});
// As long as Next's own server waits for a keep-alive connection (load balancers reuse them).
server.keepAliveTimeout = 75_000;
server.listen(port, hostname, () => {
  console.log(`Warren listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold the close back.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
