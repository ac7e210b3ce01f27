// npm run demo — Warren against a private RabbitMQ full of live tutorial traffic, from a fresh
// clone. Only built-ins (and local modules made of them) are imported up front: amqplib and
// Next are not installed yet the first time this runs.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { brokerStatus, ensureDebianPackages, findFreePort, startBroker, stopBroker } from './lib/broker.mjs';
import { bin, ensureNodeModules, REPO_ROOT, run, signalRunning, waitFor } from './lib/run.mjs';

const BROKER = { name: 'warren-demo', dataDir: path.join(REPO_ROOT, '.data', 'demo') };
// RABBITMQ_MANAGEMENT_URL + RABBITMQ_AMQP_URL mean "use this broker" (e.g. one in Docker):
// nothing is installed, started or stopped, the world is only seeded and driven.
const external = process.env.RABBITMQ_MANAGEMENT_URL && process.env.RABBITMQ_AMQP_URL;

let brokerStarted = false;
let traffic = null;
let warren = null;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the demo…');
  signalRunning('SIGTERM'); // a build still in progress
  await traffic?.stop().catch(() => {});
  if (warren && warren.exitCode === null) {
    const exited = new Promise((resolve) => warren.once('exit', resolve));
    warren.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  if (brokerStarted) {
    try {
      await stopBroker(BROKER);
      console.log(`Stopped ${BROKER.name}@localhost.`);
    } catch (err) {
      console.error(`Could not stop the demo broker: ${err.message}\nStop it with: npm run broker stop`);
    }
  }
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) {
      console.error('Interrupted again: exiting now. If the demo broker is still up: npm run broker stop');
      process.exit(130);
    }
    shutdown(signal === 'SIGINT' ? 130 : 143);
  });
}

function sessionSecret() {
  // Kept on disk so sessions survive a restart of the demo.
  const file = path.join(BROKER.dataDir, 'session-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(BROKER.dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

async function startDemoBroker() {
  await ensureDebianPackages(['rabbitmq-server']);
  // A demo broker left running keeps its ports; otherwise avoid any RabbitMQ on 5672/15672.
  const running = await brokerStatus(BROKER);
  const amqpPort = running.healthy ? running.amqpPort : await findFreePort(5673);
  const mgmtPort = running.healthy ? running.mgmtPort : await findFreePort(15673);
  console.log(`> starting ${BROKER.name}@localhost (AMQP ${amqpPort}, management ${mgmtPort})`);
  const broker = await startBroker({ ...BROKER, amqpPort, mgmtPort });
  brokerStarted = true;
  return broker;
}

// Warren takes RabbitMQ's familiar management port when it is free (the demo broker is on
// 15673), else the first free one from 8080.
async function warrenPort() {
  if (process.env.PORT) return Number(process.env.PORT);
  return (await findFreePort(15672)) === 15672 ? 15672 : findFreePort(8080);
}

async function main() {
  await ensureNodeModules();
  const broker = external
    ? { managementUrl: process.env.RABBITMQ_MANAGEMENT_URL.split(',')[0].trim(), amqpUrl: process.env.RABBITMQ_AMQP_URL }
    : await startDemoBroker();

  const { seedWorld, startTraffic, DEMO_USERS } = await import('./lib/demo-world.mjs');
  await seedWorld(broker);
  traffic = await startTraffic(broker);
  console.log('> demo world seeded, traffic running');

  const port = await warrenPort();
  const env = {
    ...process.env,
    RABBITMQ_MANAGEMENT_URL: external ? process.env.RABBITMQ_MANAGEMENT_URL : broker.managementUrl,
    RABBITMQ_AMQP_URL: broker.amqpUrl,
    SESSION_SECRET: sessionSecret(),
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    // The demo is served over plain HTTP on loopback: no Secure cookie (production default).
    WARREN_COOKIE_SECURE: process.env.WARREN_COOKIE_SECURE ?? 'false',
    NEXT_TELEMETRY_DISABLED: '1', // no internet here; do not try to report
  };

  console.log('> next build');
  const buildCode = await run(bin('next'), ['build'], { env });
  if (stopping) return;
  if (buildCode !== 0) {
    console.error(`\nBuilding Warren failed: next build exited with code ${buildCode} (its output is above).`);
    return shutdown(1);
  }

  console.log(`> node server.mjs  (port ${port})`);
  warren = spawn(process.execPath, ['server.mjs'], { env: { ...env, NODE_ENV: 'production' }, cwd: REPO_ROOT, stdio: 'inherit' });
  warren.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`Warren (node server.mjs) exited unexpectedly (${signal ?? `code ${code}`}).`);
    shutdown(1);
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/login`, { signal: AbortSignal.timeout(5000) })).ok, {
    timeoutMs: 60_000,
    what: `Warren to answer on ${url}/login`,
  });

  const logins = DEMO_USERS.map((u) => `    ${`${u.username} / ${u.password}`.padEnd(20)} ${u.note}`).join('\n');
  console.log(`
  Warren is running at ${url}

  Log in as:
${logins}

  RabbitMQ's own management UI for comparison: ${broker.managementUrl} (guest / guest)
  Press Ctrl-C to stop Warren, the demo traffic and the demo broker.
`);
}

main().catch((err) => {
  console.error(`\nnpm run demo failed: ${err.message}`);
  shutdown(1);
});
