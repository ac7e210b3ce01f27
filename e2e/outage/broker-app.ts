import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { testBroker } from '../support/env';

// scripts/lib/broker.mjs is plain ESM; Playwright's test loader would transpile it (and its
// imports) to CommonJS and break it, so its functions run in a child Node process instead.
const BROKER_LIB = pathToFileURL(path.resolve('scripts/lib/broker.mjs')).href;

function call(fn: 'stopApp' | 'startApp' | 'brokerCtl', ...args: string[]): Promise<void> {
  const options = JSON.stringify({ name: testBroker.name, dataDir: testBroker.dataDir });
  const rest = args.map((arg) => `, ${JSON.stringify(arg)}`).join('');
  const script = `const m = await import(${JSON.stringify(BROKER_LIB)}); await m.${fn}(${options}${rest});`;
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

/**
 * Sets the memory high watermark (a fraction of the machine's memory): a tiny one raises the
 * memory alarm at once and the broker blocks every publishing connection; 0.4 is the default.
 */
export const setMemoryWatermark = (fraction: number) => call('brokerCtl', 'set_vm_memory_high_watermark', String(fraction));
