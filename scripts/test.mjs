// npm test [-- unit|e2e] [more args for the runners]
// Installs what is missing, checks the code (ESLint and tsc --noEmit, while the broker starts),
// starts a fresh private broker with the test users, runs Vitest, builds Warren, runs
// Playwright, always stops the broker, and ends with "N passed, N failed". Lint and typecheck
// count as one test each; `unit` and `e2e` runs skip them.
import fs from 'node:fs';
import path from 'node:path';
import { ensureDebianPackages, findFreePort, putUser, putVhost, setPermissions, startBroker, stopBroker } from './lib/broker.mjs';
import { bin, ensureNodeModules, REPO_ROOT, run, runQuiet, signalRunning } from './lib/run.mjs';
import { TEST_USERS, TEST_VHOSTS } from './lib/test-users.mjs';

const BROKER = { name: 'warren-test', dataDir: path.join(REPO_ROOT, '.data', 'test') };
const VITEST_REPORT = path.join(BROKER.dataDir, 'vitest.json');
const PLAYWRIGHT_REPORT = path.join(BROKER.dataDir, 'playwright.json');
// Fixed, so tests can seal session cookies with the same secret as the server.
const SESSION_SECRET = '7e57'.repeat(16);

const [first, ...rest] = process.argv.slice(2);
const only = first === 'unit' || first === 'e2e' ? first : null;
const runnerArgs = only ? rest : process.argv.slice(2);

let interrupted = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) process.exit(130); // a second Ctrl-C: give up on cleaning up
    interrupted = signal;
    console.error(`\n${signal}: stopping the tests and the test broker…`);
    if (signal === 'SIGTERM') signalRunning(signal);
  });
}

const totals = { passed: 0, failed: 0 };
const problems = [];
const fail = (message) => {
  totals.failed += 1;
  problems.push(message);
};

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// A runner that exits non-zero without a failing test (crash, no test files, unhandled error,
// broken setup) still counts as one failure, so it can never pass unnoticed.
function tally(suite, code, counts) {
  if (!counts) return fail(`${suite} exited with code ${code} and wrote no report`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (code !== 0 && counts.failed === 0) fail(`${suite} exited with code ${code} although no test failed`);
}

async function step(name, fn) {
  if (interrupted) return false;
  const started = Date.now();
  console.log(`\n> ${name}`);
  const ok = await fn();
  console.log(`  (${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

async function createTestUsers(managementUrl) {
  for (const vhost of TEST_VHOSTS) await putVhost(managementUrl, vhost);
  for (const user of Object.values(TEST_USERS)) {
    await putUser(managementUrl, user);
    for (const vhost of user.vhosts) await setPermissions(managementUrl, vhost, user.username);
  }
}

async function main() {
  await step('install what is missing', async () => {
    await ensureNodeModules();
    await ensureDebianPackages(only === 'unit' ? ['rabbitmq-server'] : ['rabbitmq-server', 'chromium']);
  });

  // The static checks run beside the broker's start-up (mostly waiting on Erlang): each counts
  // as one test, and its output is printed whole when it fails.
  const checks = only
    ? []
    : [
        ['lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']],
        ['typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit']],
      ].map(([name, cmd, args]) => ({ name, done: runQuiet(cmd, args) }));

  let broker;
  await step('start the test broker', async () => {
    await stopBroker(BROKER); // one left over by a killed run would hold the name
    broker = await startBroker({ ...BROKER, amqpPort: await findFreePort(5690), mgmtPort: await findFreePort(15690), fresh: true });
    await createTestUsers(broker.managementUrl);
    console.log(`  ${broker.nodeName}: management ${broker.managementUrl}, AMQP ${broker.amqpUrl}`);
  });
  for (const check of checks) {
    await step(check.name, async () => {
      const { code, output } = await check.done;
      if (code === 0) totals.passed += 1;
      else {
        process.stdout.write(output);
        fail(`${check.name} failed (exit code ${code})`);
      }
    });
  }
  if (interrupted) return;

  const env = {
    ...process.env,
    WARREN_TEST_MGMT_URL: broker.managementUrl,
    WARREN_TEST_AMQP_URL: broker.amqpUrl,
    WARREN_TEST_BROKER_NAME: BROKER.name,
    WARREN_TEST_BROKER_DATA: broker.dataDir,
    WARREN_TEST_PORT: String(await findFreePort(3190)),
    RABBITMQ_MANAGEMENT_URL: broker.managementUrl,
    RABBITMQ_AMQP_URL: broker.amqpUrl,
    SESSION_SECRET,
    // The test server is plain HTTP on loopback: no Secure cookie (the production default).
    WARREN_COOKIE_SECURE: 'false',
    // The test server's audit log, beside the test broker's data (specs read it).
    WARREN_AUDIT_FILE: path.join(broker.dataDir, 'audit.jsonl'),
    // Its own build folder, so a test build never replaces the one `npm run demo` is serving.
    NEXT_DIST_DIR: '.next-test',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  for (const report of [VITEST_REPORT, PLAYWRIGHT_REPORT]) fs.rmSync(report, { force: true });

  if (only !== 'e2e') {
    await step('vitest', async () => {
      const code = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_REPORT}`, ...runnerArgs], { env });
      const report = readJson(VITEST_REPORT);
      tally('vitest', code, report && { passed: report.numPassedTests, failed: report.numFailedTests });
    });
  }

  if (only !== 'unit') {
    const built = await step('next build', async () => {
      const code = await run(bin('next'), ['build'], { env });
      if (code !== 0) fail(`next build exited with code ${code}; Playwright did not run`);
      return code === 0;
    });
    if (built) {
      await step('playwright', async () => {
        const code = await run(bin('playwright'), ['test', '--reporter=list,json', ...runnerArgs], {
          env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_REPORT },
        });
        const stats = readJson(PLAYWRIGHT_REPORT)?.stats;
        // A flaky test passed only on a retry: that is a failure here.
        tally('playwright', code, stats && { passed: stats.expected, failed: stats.unexpected + stats.flaky });
      });
    }
  }
}

try {
  await main();
} catch (err) {
  fail(err.message);
} finally {
  try {
    await stopBroker(BROKER);
  } catch (err) {
    problems.push(`could not stop the test broker: ${err.message}`);
  }
}
if (interrupted) fail(`interrupted by ${interrupted}`);
if (problems.length) console.error(`\n${problems.map((p) => `- ${p}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || problems.length > 0 ? 1 : 0);
