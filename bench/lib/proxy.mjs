// A loopback HTTP proxy in front of the broker's management API that records every request it
// forwards. Warren is pointed at it only for the measurements that count broker requests (and
// to learn which broker call a Warren route makes); timings use a Warren pointed at the broker.
import http from 'node:http';

export async function startCountingProxy(targetUrl) {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  /** @type {Array<{ at: number, method: string, path: string }>} */
  const hits = [];
  const server = http.createServer((req, res) => {
    hits.push({ at: performance.now(), method: req.method ?? 'GET', path: req.url ?? '/' });
    const upstream = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 10_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    reset: () => hits.splice(0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
