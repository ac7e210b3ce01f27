// Process helpers shared by the demo, test and broker scripts. Node built-ins only: this runs
// before `npm install` on a fresh clone.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const running = new Set();

// Runs a command with inherited stdio (output streamed) and resolves with its exit code;
// a signal death counts as 128 + signal number, like a shell.
export function run(cmd, args, { env = process.env, cwd = REPO_ROOT } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, cwd, stdio: 'inherit' });
    running.add(child);
    child.on('error', (err) => {
      console.error(`${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? 128 + (os.constants.signals[signal] ?? 0));
    });
  });
}

// Runs a command with its output collected (printed by the caller when it matters); resolves
// with the exit code and the output.
export function runQuiet(cmd, args, { env = process.env, cwd = REPO_ROOT } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (err) => resolve({ code: 127, output: `${cmd}: ${err.message}\n` }));
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve({ code: code ?? 128 + (os.constants.signals[signal] ?? 0), output });
    });
  });
}

// A Ctrl-C in a terminal reaches the children by itself (same process group); a SIGTERM sent
// to this process alone (CI timeouts, `kill`) does not, so it is passed on.
export function signalRunning(signal) {
  for (const child of running) child.kill(signal);
}

// Polls check() until it returns a truthy value or the time runs out; check may throw while
// the thing it waits for is still coming up.
export async function waitFor(check, { timeoutMs, intervalMs = 500, what }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const why = lastError ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${why}`);
    }
    await sleep(intervalMs);
  }
}

const mtime = (file) => fs.statSync(path.join(REPO_ROOT, file), { throwIfNoEntry: false })?.mtimeMs;

// Installs npm dependencies when node_modules is missing or older than the manifests. A clean
// checkout gets `npm ci` (exactly the lock file); an existing but stale tree gets `npm install`,
// which is incremental and keeps the lock file in step with a hand-edited package.json.
export async function ensureNodeModules() {
  // npm writes node_modules/.package-lock.json when it installs, so it dates the tree.
  const marker = path.join(REPO_ROOT, 'node_modules', '.package-lock.json');
  const installed = mtime('node_modules/.package-lock.json');
  const newest = Math.max(mtime('package.json') ?? 0, mtime('package-lock.json') ?? 0);
  if (installed !== undefined && installed >= newest) return;

  // An explicit loglevel: `npm test --silent` (as .ci/run calls it) would silence npm's errors too.
  const npm = async (command) => {
    console.log(`> npm ${command}  (node_modules ${installed === undefined ? 'missing' : 'out of date'})`);
    return (await run('npm', [command, '--no-audit', '--no-fund', '--loglevel=warn'])) === 0;
  };
  // `npm install`, not `npm ci`: it installs the versions the lock file pins all the same, and
  // npm ci refuses a lock file that lacks other platforms' optional packages (@next/swc-darwin-*),
  // which happens when it was written against a registry mirror without them, as here.
  const ok = await npm('install');
  if (!ok) throw new Error('npm install failed (see its output above)');
  // "up to date" leaves the marker alone; without this every run would install again.
  const now = new Date();
  fs.utimesSync(marker, now, now);
}

// Local binaries (next, vitest, playwright) run directly rather than through npx: same program,
// no extra process in between, so signals reach it and its exit code comes straight back.
export const bin = (name) => path.join(REPO_ROOT, 'node_modules', '.bin', name);
