// npm run broker -- start|stop|status [--name N] [--amqp-port P] [--mgmt-port P] [--data DIR] [--fresh]
// Defaults are the demo broker's, so `npm run broker stop` stops what `npm run demo` left running.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brokerStatus, startBroker, stopBroker } from './lib/broker.mjs';
import { REPO_ROOT } from './lib/run.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string', default: 'warren-demo' },
    'amqp-port': { type: 'string', default: '5673' },
    'mgmt-port': { type: 'string', default: '15673' },
    data: { type: 'string', default: '.data/demo' },
    fresh: { type: 'boolean', default: false },
  },
});
const opts = { name: values.name, dataDir: path.resolve(REPO_ROOT, values.data) };
const command = positionals[0];

try {
  if (command === 'start') {
    const started = Date.now();
    const broker = await startBroker({
      ...opts,
      amqpPort: Number(values['amqp-port']),
      mgmtPort: Number(values['mgmt-port']),
      fresh: values.fresh,
    });
    broker.child?.unref(); // leave it running after this script exits
    const how = broker.reused ? 'already running' : `started in ${((Date.now() - started) / 1000).toFixed(1)} s`;
    console.log(`${broker.nodeName} ${how}\n  management ${broker.managementUrl} (guest/guest from loopback)\n  AMQP       ${broker.amqpUrl}\n  data       ${broker.dataDir}`);
  } else if (command === 'stop') {
    const started = Date.now();
    const stopped = await stopBroker(opts);
    console.log(stopped ? `${values.name}@localhost stopped in ${((Date.now() - started) / 1000).toFixed(1)} s` : `${values.name}@localhost was not running`);
  } else if (command === 'status') {
    const s = await brokerStatus(opts);
    const state = s.healthy ? 'running' : s.registered ? 'registered with epmd but not answering' : 'not running';
    console.log(`${s.nodeName}: ${state}${s.mgmtPort ? ` (AMQP ${s.amqpPort}, management ${s.mgmtPort})` : ''}`);
    process.exitCode = s.healthy ? 0 : 1;
  } else {
    console.error('usage: npm run broker -- start|stop|status [--name N] [--amqp-port P] [--mgmt-port P] [--data DIR] [--fresh]');
    process.exitCode = 2;
  }
} catch (err) {
  console.error(err.message);
  process.exitCode = 1;
}
