// Warren's production server: Next.js's own request handler behind a plain Node HTTP server,
// for one reason: knowing who is asking. Next.js keeps an X-Forwarded-For header that the client
// sent, so behind `next start` any client can claim any address (and escape the per-address
// login throttle), or any host (X-Forwarded-Host). Here the X-Forwarded-* headers are the
// socket's own unless WARREN_TRUST_PROXY=true says a reverse proxy in front sets them.
//
//   node server.mjs            (what `npm start` runs; PORT, HOSTNAME as for `next start`)
import http from 'node:http';

// A production server: set before Next.js loads, as `next start` does.
process.env.NODE_ENV ??= 'production';
const { default: next } = await import('next');

const port = Number(process.env.PORT) || 15672;
const hostname = process.env.HOSTNAME || '0.0.0.0';
const trustProxy = process.env.WARREN_TRUST_PROXY === 'true';
const FORWARDED = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'];

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  // Behind a trusted proxy its headers stay: it appended the address it saw to X-Forwarded-For,
  // and Warren reads that last entry (lib/session/client.ts).
  if (!trustProxy) {
    for (const header of FORWARDED) delete req.headers[header];
    // Next.js fills in the host, port and protocol from the request; the address is the socket's.
    req.headers['x-forwarded-for'] = req.socket.remoteAddress;
  }
  void handle(req, res);
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
