// Builds (when the sources are newer than the build) and starts Warren's production server for
// the bench, with its own build folder so it never touches a developer's .next.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bin, REPO_ROOT, run, waitFor } from '../../scripts/lib/run.mjs';

export const DIST_DIR = '.next-bench';
const SOURCES = ['app', 'components', 'lib', 'proxy.ts', 'next.config.js', 'package.json', 'package-lock.json', 'postcss.config.mjs'];

function newestMtime(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === 'node_modules' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Whether .next-bench is missing or older than any source file. */
export function buildIsStale() {
  const built = fs.statSync(path.join(REPO_ROOT, DIST_DIR, 'BUILD_ID'), { throwIfNoEntry: false })?.mtimeMs;
  if (!built) return 'no build yet';
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(REPO_ROOT, s))));
  return newest > built ? 'sources changed since the last build' : null;
}

export async function buildWarren({ log }) {
  const started = performance.now();
  const code = await run(bin('next'), ['build'], { env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' } });
  if (code !== 0) throw new Error(`next build failed (exit code ${code}); fix the build or run the bench with --no-build`);
  log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * Starts Warren's production server (server.mjs, as `npm start`) against the given management/AMQP URLs (`answerCacheMs`: Warren's short
 * per-user answer cache, default 2 s). Detached into its own process
 * group so that stop() ends the server and its workers, nothing else.
 */
export async function startWarren({ port, managementUrl, amqpUrl, logFile, answerCacheMs }) {
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, ['server.mjs'], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      WARREN_COOKIE_SECURE: 'false',
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      RABBITMQ_MANAGEMENT_URL: managementUrl,
      RABBITMQ_AMQP_URL: amqpUrl,
      SESSION_SECRET: crypto.randomBytes(32).toString('hex'),
      ...(answerCacheMs === undefined ? {} : { WARREN_MANAGEMENT_CACHE_MS: String(answerCacheMs) }),
    },
  });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? `exit code ${code}`));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (exited) throw new Error(`Warren's server exited (${exited}); see ${logFile}`);
      return (await fetch(`${url}/login`)).ok;
    },
    { timeoutMs: 60_000, intervalMs: 200, what: `Warren at ${url}` },
  );
  return {
    url,
    stop: async () => {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {}
          resolve();
        }, 5_000);
        child.once('exit', () => (clearTimeout(timer), resolve()));
      });
    },
  };
}

/** Logs in through Warren's own route and returns the session cookie value. */
export async function warrenSession(url, user) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  if (!response.ok) throw new Error(`logging in to Warren failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('warren_session='));
  if (!cookie) throw new Error('Warren answered the login without a session cookie');
  return cookie.split(';')[0].slice('warren_session='.length);
}
