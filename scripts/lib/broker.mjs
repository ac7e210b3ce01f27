// Starts and stops private RabbitMQ nodes from the Debian package (3.10 here), each with its
// own data directory and loopback-only ports, so the demo broker, the test broker and any
// system RabbitMQ never share state. Node built-ins only (runs before `npm install`).
import { execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT, run, sleep, waitFor } from './run.mjs';

// The /usr/sbin wrappers would switch to the rabbitmq system user and /var/lib/rabbitmq.
const RABBITMQ_BIN = '/usr/lib/rabbitmq/bin';
// Every node and every CLI call shares this HOME and its cookie, so nodes can cluster and the
// CLI can reach any of them. RABBITMQ_ERLANG_COOKIE alone is not enough for the 3.10 CLI.
const ERLANG_HOME = path.join(REPO_ROOT, '.data', 'erlang-home');
// Keeps Erlang distribution off the network; without it the node listens on all interfaces.
const LOOPBACK_DIST = '-kernel inet_dist_use_interface {127,0,0,1}';
const STARTUP_TIMEOUT_MS = 90_000;

// --- Debian packages -------------------------------------------------------------------------

function isInstalled(pkg) {
  return new Promise((resolve) => {
    execFile('dpkg-query', ['-W', '-f=${Status}', pkg], (err, stdout) =>
      resolve(!err && stdout.includes('install ok installed')),
    );
  });
}

export async function ensureDebianPackages(pkgs) {
  const missing = [];
  for (const pkg of pkgs) if (!(await isInstalled(pkg))) missing.push(pkg);
  if (missing.length === 0) return;

  if (process.getuid?.() !== 0) {
    throw new Error(
      `Missing Debian packages: ${missing.join(', ')}. Install them with:\n` +
        `  sudo apt-get install ${missing.join(' ')}\n` +
        `For npm run demo, a RabbitMQ in Docker works too:\n` +
        `  docker run -d -p 5672:5672 -p 15672:15672 rabbitmq:3-management\n` +
        `  RABBITMQ_MANAGEMENT_URL=http://127.0.0.1:15672 RABBITMQ_AMQP_URL=amqp://127.0.0.1:5672 npm run demo\n` +
        `(npm test needs the local package: it stops and restarts its own broker.)`,
    );
  }
  console.log(`> apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...missing]]) {
    const code = await run('apt-get', args, { env });
    if (code !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${code}`);
  }
}

// --- ports -----------------------------------------------------------------------------------

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(preferred) {
  for (let port = preferred; port < preferred + 100; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port on 127.0.0.1 in ${preferred}-${preferred + 99}`);
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

// --- node environment ------------------------------------------------------------------------

const nodeName = (name) => `${name}@localhost`;

function paths(dataDir) {
  const dir = path.resolve(dataDir);
  return {
    dir,
    mnesia: path.join(dir, 'mnesia'),
    log: path.join(dir, 'log'),
    conf: path.join(dir, 'rabbitmq.conf'),
    envFile: path.join(dir, 'rabbitmq-env.conf'),
    plugins: path.join(dir, 'enabled_plugins'),
    pid: path.join(dir, 'rabbitmq.pid'),
    stdout: path.join(dir, 'server.out'),
    // Remembers the ports so stop/ctl/status need only the name and the data dir.
    ports: path.join(dir, 'ports.json'),
  };
}

function ensureCookie() {
  const cookie = path.join(ERLANG_HOME, '.erlang.cookie');
  if (!fs.existsSync(cookie)) {
    fs.mkdirSync(ERLANG_HOME, { recursive: true });
    // Erlang refuses a cookie readable by others; 400 is what it writes itself.
    fs.writeFileSync(cookie, crypto.randomBytes(15).toString('hex').toUpperCase(), { mode: 0o400 });
  }
}

// Environment for the CLI (and the base of the server's): a shared HOME with the cookie, no
// system rabbitmq-env.conf, distribution and epmd on loopback.
function cliEnv(dataDir) {
  const p = paths(dataDir);
  return {
    ...process.env,
    HOME: ERLANG_HOME,
    LC_ALL: process.env.LC_ALL || 'C.UTF-8', // the Elixir CLI warns (and mangles 水续传) under latin1
    RABBITMQ_CONF_ENV_FILE: p.envFile,
    RABBITMQ_CTL_ERL_ARGS: LOOPBACK_DIST,
    ERL_EPMD_ADDRESS: '127.0.0.1',
  };
}

function ctl(name, dataDir, args, { timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      path.join(RABBITMQ_BIN, 'rabbitmqctl'),
      ['-n', nodeName(name), ...args],
      { env: cliEnv(dataDir), timeout: timeoutMs },
      (err, stdout, stderr) => {
        if (err) {
          const detail = (stderr || stdout || err.message).trim();
          reject(Object.assign(new Error(`rabbitmqctl ${args[0]} on ${nodeName(name)} failed: ${detail}`), { stdout, stderr }));
        } else resolve(stdout);
      },
    );
  });
}

// Names registered with the local epmd; empty when epmd is not running.
function epmdNames() {
  return new Promise((resolve) => {
    execFile('epmd', ['-names'], (err, stdout) => {
      if (err) return resolve([]);
      resolve([...stdout.matchAll(/^name (\S+) at port/gm)].map((m) => m[1]));
    });
  });
}

async function ensureEpmd() {
  if (await canConnect(4369)) return;
  // The 3.10 CLI would otherwise start an epmd listening on every interface.
  await new Promise((resolve, reject) =>
    execFile('epmd', ['-address', '127.0.0.1', '-daemon'], (err) => (err ? reject(err) : resolve())),
  );
  await waitFor(() => canConnect(4369), { timeoutMs: 5000, intervalMs: 100, what: 'epmd on 127.0.0.1:4369' });
}

const pluginsLine = (plugins) => `[${plugins.join(',')}].\n`;

function writeConfig(p, { amqpPort, mgmtPort, retention, plugins }) {
  fs.mkdirSync(p.dir, { recursive: true });
  const lines = [
    `listeners.tcp.default = 127.0.0.1:${amqpPort}`,
    `management.tcp.ip = 127.0.0.1`,
    `management.tcp.port = ${mgmtPort}`,
    `loopback_users.guest = true`,
  ];
  if (retention === 'day') {
    // Keys are how far back (seconds), values the sample spacing in seconds: RabbitMQ's own
    // `global` default, for every policy (its `basic` default keeps queue samples for an hour
    // only). Each age is a little over its chart range (605 for ten minutes, 3660 for an hour,
    // 29400 for eight hours), as in RabbitMQ's defaults: the broker serves a range from the first
    // tier whose age exceeds it, so with exactly 3600 the last hour would come from the day tier.
    for (const kind of ['global', 'basic', 'detailed']) {
      lines.push(
        `management.sample_retention_policies.${kind}.605 = 5`,
        `management.sample_retention_policies.${kind}.3660 = 60`,
        `management.sample_retention_policies.${kind}.29400 = 600`,
        `management.sample_retention_policies.${kind}.86400 = 1800`,
      );
    }
  }
  fs.writeFileSync(p.conf, lines.join('\n') + '\n');
  fs.writeFileSync(p.plugins, pluginsLine(plugins));
  fs.writeFileSync(p.envFile, '');
}

function logTail(name, dataDir, lines = 25) {
  const p = paths(dataDir);
  return [path.join(p.log, `${nodeName(name)}.log`), p.stdout]
    .filter((f) => fs.existsSync(f))
    .map((f) => `--- ${f} (last ${lines} lines)\n` + fs.readFileSync(f, 'utf8').trimEnd().split('\n').slice(-lines).join('\n'))
    .join('\n');
}

// --- management API --------------------------------------------------------------------------

// guest/guest is only accepted from loopback, which is all these scripts talk to.
const GUEST = 'Basic ' + Buffer.from('guest:guest').toString('base64');

export async function mgmt(managementUrl, method, apiPath, body) {
  const res = await fetch(managementUrl.replace(/\/$/, '') + apiPath, {
    method,
    headers: { authorization: GUEST, ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${apiPath} → ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

const seg = encodeURIComponent; // vhost "/" must travel as %2F

export const putUser = (url, { username, password, tags = [] }) =>
  mgmt(url, 'PUT', `/api/users/${seg(username)}`, { password, tags: tags.join(',') });

export const putVhost = (url, name) => mgmt(url, 'PUT', `/api/vhosts/${seg(name)}`, {});

export const setPermissions = (url, vhost, user, { configure = '.*', write = '.*', read = '.*' } = {}) =>
  mgmt(url, 'PUT', `/api/permissions/${seg(vhost)}/${seg(user)}`, { configure, write, read });

// The node answering on these ports is this node, fully booted (management included).
async function isHealthy({ name, amqpPort, mgmtPort }) {
  try {
    const overview = await mgmt(`http://127.0.0.1:${mgmtPort}`, 'GET', '/api/overview');
    return overview.node === nodeName(name) && overview.listeners.some((l) => l.protocol === 'amqp' && l.port === amqpPort);
  } catch {
    return false;
  }
}

// --- lifecycle -------------------------------------------------------------------------------

/**
 * `plugins`: the enabled plugins (the management plugin by default; the bench adds the shovel
 * plugins to compare with the official UI's "Move messages"). A running node with other
 * plugins is restarted.
 */
export async function startBroker({ name, amqpPort, mgmtPort, distPort = amqpPort + 20000, dataDir, fresh = false, retention = 'day', plugins = ['rabbitmq_management'] }) {
  const p = paths(dataDir);
  const info = {
    nodeName: nodeName(name),
    amqpPort,
    mgmtPort,
    managementUrl: `http://127.0.0.1:${mgmtPort}`,
    amqpUrl: `amqp://127.0.0.1:${amqpPort}`,
    dataDir: p.dir,
  };

  if ((await epmdNames()).includes(name)) {
    const samePlugins = fs.existsSync(p.plugins) && fs.readFileSync(p.plugins, 'utf8') === pluginsLine(plugins);
    if (!fresh && samePlugins && (await isHealthy({ name, amqpPort, mgmtPort }))) return { ...info, child: null, reused: true };
    // Same name on other ports, half started, or we want a clean slate: the node must go,
    // otherwise the new one fails with a duplicate node name.
    console.log(`> stopping the running ${info.nodeName} first`);
    await stopBroker({ name, dataDir });
  }

  for (const [port, what] of [[amqpPort, 'AMQP'], [mgmtPort, 'management HTTP'], [distPort, 'Erlang distribution']]) {
    if (!(await isPortFree(port))) {
      throw new Error(`Cannot start ${info.nodeName}: port ${port} (${what}) on 127.0.0.1 is already in use by another process.`);
    }
  }

  if (fresh) for (const dir of [p.mnesia, p.log]) fs.rmSync(dir, { recursive: true, force: true });
  writeConfig(p, { amqpPort, mgmtPort, retention, plugins });
  fs.writeFileSync(p.ports, JSON.stringify({ amqpPort, mgmtPort, distPort }) + '\n');
  ensureCookie();
  await ensureEpmd();

  const env = {
    ...cliEnv(dataDir),
    RABBITMQ_NODENAME: info.nodeName,
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    RABBITMQ_NODE_PORT: String(amqpPort),
    RABBITMQ_DIST_PORT: String(distPort),
    RABBITMQ_MNESIA_BASE: p.mnesia,
    RABBITMQ_LOG_BASE: p.log,
    RABBITMQ_PID_FILE: p.pid,
    RABBITMQ_CONFIG_FILE: p.conf,
    RABBITMQ_ADVANCED_CONFIG_FILE: path.join(p.dir, 'advanced.config'),
    RABBITMQ_ENABLED_PLUGINS_FILE: p.plugins,
    RABBITMQ_PLUGINS_EXPAND_DIR: path.join(p.dir, 'plugins-expand'),
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: LOOPBACK_DIST,
  };
  const out = fs.openSync(p.stdout, 'w');
  // Detached: its own process group, so a Ctrl-C meant for the caller does not kill the broker
  // before the caller has stopped its clients; callers decide when it stops (or unref() it).
  const child = spawn(path.join(RABBITMQ_BIN, 'rabbitmq-server'), [], { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? `exit code ${code}`));

  const fail = (why) => new Error(`${info.nodeName} did not start: ${why}\n${logTail(name, dataDir)}`);
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  // await_startup fails at once while the node is not yet registered with epmd, so retry it.
  for (;;) {
    if (exited) throw fail(`rabbitmq-server exited (${exited})`);
    if (Date.now() > deadline) throw fail(`not up after ${STARTUP_TIMEOUT_MS / 1000} s`);
    try {
      await ctl(name, dataDir, ['await_startup', '--timeout', String(Math.ceil((deadline - Date.now()) / 1000))]);
      break;
    } catch {
      await sleep(500);
    }
  }
  while (!(await isHealthy({ name, amqpPort, mgmtPort }))) {
    if (exited) throw fail(`rabbitmq-server exited (${exited})`);
    if (Date.now() > deadline) throw fail(`management API on port ${mgmtPort} not answering after ${STARTUP_TIMEOUT_MS / 1000} s`);
    await sleep(250);
  }
  return { ...info, child, reused: false };
}

export async function stopBroker({ name, dataDir }) {
  const p = paths(dataDir);
  if (!(await epmdNames()).includes(name)) {
    fs.rmSync(p.pid, { force: true }); // stale from a crash or a reboot
    return false;
  }
  // With the pid file, `stop` returns only once the OS process has gone.
  await ctl(name, dataDir, fs.existsSync(p.pid) ? ['stop', p.pid] : ['stop']);
  return true;
}

export function brokerCtl({ name, dataDir }, ...args) {
  return ctl(name, dataDir, args);
}

const savedPorts = (dataDir) => JSON.parse(fs.readFileSync(paths(dataDir).ports, 'utf8'));

// Simulates a broker outage: the Erlang node (and the CLI's view of it) stays up, but AMQP
// and the management API go away.
export async function stopApp(opts) {
  await brokerCtl(opts, 'stop_app');
}

// Ends the outage and returns only when the management API answers again, so a test can go on
// straight away.
export async function startApp(opts) {
  await brokerCtl(opts, 'start_app');
  const ports = savedPorts(opts.dataDir);
  await waitFor(() => isHealthy({ name: opts.name, ...ports }), {
    timeoutMs: STARTUP_TIMEOUT_MS,
    intervalMs: 250,
    what: `the management API of ${nodeName(opts.name)} on port ${ports.mgmtPort}`,
  });
}

// For `npm run broker status`: what epmd and the node's own API say.
export async function brokerStatus({ name, dataDir }) {
  const registered = (await epmdNames()).includes(name);
  let ports = null;
  try {
    ports = savedPorts(dataDir);
  } catch {} // never started from this data dir
  const healthy = registered && ports ? await isHealthy({ name, ...ports }) : false;
  return { nodeName: nodeName(name), registered, healthy, ...ports, dataDir: path.resolve(dataDir) };
}
