import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { testBroker } from '../support/env';

// scripts/lib/broker.mjs is plain ESM; Playwright's test loader would transpile it (and its
// imports) to CommonJS and break it, so its functions run in a child Node process instead.
const BROKER_LIB = pathToFileURL(path.resolve('scripts/lib/broker.mjs')).href;

function call(fn: 'stopApp' | 'startApp'): Promise<void> {
  const options = JSON.stringify({ name: testBroker.name, dataDir: testBroker.dataDir });
  const script = `const m = await import(${JSON.stringify(BROKER_LIB)}); await m.${fn}(${options});`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], { timeout: 120_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`${fn} on ${testBroker.name} failed: ${stderr || error.message}`)) : resolve(),
    );
  });
}

/** Stops the test broker's RabbitMQ application; the Erlang node stays up. */
export const stopBrokerApp = () => call('stopApp');

/** Starts it again and returns once the management API answers. */
export const startBrokerApp = () => call('startApp');
