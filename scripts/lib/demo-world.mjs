// The world of the RabbitMQ tutorials (/work/shared/seeds), alive: real amqplib clients
// sending, consuming, acking and answering RPCs, so every page of Warren has something to show.
import crypto from 'node:crypto';
import amqp from 'amqplib';
import { mgmt, putUser, putVhost, setPermissions } from './broker.mjs';
import { sleep } from './run.mjs';

export const DEMO_USERS = [
  { username: 'admin', password: 'admin', tags: ['administrator'], note: 'administrator, every vhost' },
  { username: 'shop', password: 'shop', tags: ['management'], note: 'management, vhost shop only' },
  { username: 'monitor', password: 'monitor', tags: ['monitoring'], note: 'monitoring, read-only on /' },
];
const [ADMIN, SHOP] = DEMO_USERS;

const DURABLE = { durable: true };
const TRANSIENT = { durable: false };

// Every client declares the whole topology of its vhost when it (re)connects, as tutorial
// clients do, so something deleted from Warren comes back the way it would in production.
// Options must never change: redeclaring with other ones fails with PRECONDITION_FAILED.
const TOPOLOGY = {
  '/': {
    exchanges: [['logs', 'fanout'], ['direct_logs', 'direct'], ['topic_logs', 'topic']],
    queues: [
      ['hello', TRANSIENT],
      ['task_queue', DURABLE],
      ['rpc_queue', TRANSIENT],
      ['水续传', DURABLE], // sic: the tutorial's own spelling of 水浒传
      ['西游记', DURABLE],
      ['direct_logs.error', TRANSIENT],
      ['direct_logs.all', TRANSIENT],
      ['topic_logs.errors', TRANSIENT],
      ['topic_logs.mysql', TRANSIENT],
      ['topic_logs.all', TRANSIENT],
    ],
    bindings: [
      ['direct_logs.error', 'direct_logs', 'error'],
      ...['info', 'warning', 'error'].map((severity) => ['direct_logs.all', 'direct_logs', severity]),
      ['topic_logs.errors', 'topic_logs', '*.error'],
      ['topic_logs.mysql', 'topic_logs', 'mysql.*'],
      ['topic_logs.all', 'topic_logs', '#'],
    ],
  },
  shop: {
    exchanges: [['orders', 'direct']],
    queues: [['orders', DURABLE], ['payments.dlq', DURABLE]],
    bindings: [['orders', 'orders', 'order.created']],
  },
};

// Policies rather than queue arguments: they show up on the Policies page and can be changed
// there. The caps keep queues nobody consumes from growing through a day of demo.
const POLICIES = [
  ['/', 'classics-cap', { pattern: '^(水续传|西游记)$', definition: { 'max-length': 20 } }],
  ['shop', 'orders-dead-letter', { pattern: '^orders$', definition: { 'dead-letter-exchange': '', 'dead-letter-routing-key': 'payments.dlq' } }],
  ['shop', 'dlq-cap', { pattern: '^payments\\.dlq$', definition: { 'max-length': 100 } }],
];

const CHAPTERS = {
  水续传: ['第一回 张天师祈禳瘟疫 洪太尉误走妖魔', '第二回 王教头私走延安府 九纹龙大闹史家村', '第三回 史大郎夜走华阴县 鲁提辖拳打镇关西'],
  西游记: ['第一回 灵根育孕源流出 心性修持大道生', '第二回 悟彻菩提真妙理 断魔归本合元神', '第三回 四海千山皆拱伏 九幽十类尽除名'],
};
const SITTING_MESSAGES = 5;

async function declare(ch, vhost) {
  const { exchanges, queues, bindings } = TOPOLOGY[vhost];
  for (const [name, type] of exchanges) await ch.assertExchange(name, type, DURABLE);
  for (const [name, options] of queues) await ch.assertQueue(name, options);
  for (const [queue, exchange, key] of bindings) await ch.bindQueue(queue, exchange, key);
}

function connectionOptions(amqpUrl, user, vhost) {
  // RABBITMQ_AMQP_URL may list several nodes; the demo broker is a single one.
  const url = new URL(amqpUrl.split(',')[0].trim());
  // The object form takes the vhost as is; in a URL string "/" would need escaping.
  return { protocol: 'amqp', hostname: url.hostname, port: Number(url.port) || 5672, username: user.username, password: user.password, vhost };
}

export async function seedWorld({ managementUrl, amqpUrl }) {
  await putVhost(managementUrl, 'shop');
  for (const user of DEMO_USERS) await putUser(managementUrl, user);
  for (const { name } of await mgmt(managementUrl, 'GET', '/api/vhosts')) await setPermissions(managementUrl, name, ADMIN.username);
  await setPermissions(managementUrl, 'shop', SHOP.username);
  await setPermissions(managementUrl, '/', 'monitor', { configure: '^$', write: '^$', read: '.*' });
  for (const [vhost, name, policy] of POLICIES) {
    await mgmt(managementUrl, 'PUT', `/api/policies/${encodeURIComponent(vhost)}/${encodeURIComponent(name)}`, { ...policy, 'apply-to': 'queues', priority: 0 });
  }

  for (const vhost of Object.keys(TOPOLOGY)) {
    const conn = await amqp.connect(connectionOptions(amqpUrl, ADMIN, vhost), { clientProperties: { connection_name: 'demo seed' } });
    try {
      const ch = await conn.createConfirmChannel();
      await declare(ch, vhost);
      if (vhost === '/') {
        // Top up rather than add, so re-seeding an existing broker does not pile messages up.
        for (const [queue, chapters] of Object.entries(CHAPTERS)) {
          const { messageCount } = await ch.checkQueue(queue);
          for (let i = messageCount; i < SITTING_MESSAGES; i++) {
            ch.sendToQueue(queue, Buffer.from(chapters[i % chapters.length]), { persistent: true, contentType: 'text/plain; charset=utf-8' });
          }
        }
      }
      await ch.waitForConfirms();
    } finally {
      await conn.close();
    }
  }
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];

// One named client connection that redeclares its vhost's topology and restarts its work
// after every reconnect (broker restarts, stop_app, a queue deleted under a consumer).
async function client(amqpUrl, { name, user = ADMIN, vhost = '/' }, work, log) {
  const conn = await amqp.connect(connectionOptions(amqpUrl, user, vhost), {
    clientProperties: { connection_name: name },
    recovery: {
      maxDelay: 10_000,
      initialMaxRetries: 3,
      waitForConnect: false, // so the listeners below are in place before the first attempt
      setup: async (model) => {
        model.on('error', () => {}); // the recovering wrapper reports the disconnect
        const timers = new Set();
        model.on('close', () => timers.forEach(clearInterval));
        const reconnect = () => model.close().catch(() => {});
        const ch = await model.createChannel();
        ch.on('error', () => {}); // e.g. 404 after an exchange was deleted; 'close' follows
        ch.on('close', reconnect);
        await declare(ch, vhost);
        // Work fails only when the channel has just closed, and recovery takes it from there.
        const quietly = (fn) => Promise.resolve().then(fn).catch(() => {});
        const every = (ms, fn) => {
          timers.add(setInterval(() => quietly(fn), ms));
          return quietly(fn);
        };
        const consume = (queue, onMessage, options) =>
          ch.consume(queue, (msg) => (msg === null ? reconnect() : quietly(() => onMessage(msg))), options);
        await work({ ch, every, consume });
      },
    },
  });
  conn.on('error', () => {});
  conn.on('disconnect', (err) => log(`demo traffic: "${name}" lost its connection (${err.message}); reconnecting`));
  conn.on('reconnect-failed', (err) => log(`demo traffic: "${name}" gave up reconnecting: ${err.message}`));
  await conn.waitForConnect();
  return conn;
}

function fibonacci(n) {
  let [a, b] = [0, 1];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}

// Two slow-ish workers with prefetch 1: the slow one gets fewer tasks (fair dispatch), and the
// bursts of new_task leave a short backlog in task_queue.
const worker = (msPerDot) => async ({ ch, consume }) => {
  await ch.prefetch(1);
  await consume('task_queue', async (msg) => {
    await sleep((msg.content.toString().split('.').length - 1) * msPerDot);
    ch.ack(msg);
  });
};

const receiver = (...queues) => async ({ consume }) => {
  for (const queue of queues) await consume(queue, () => {}, { noAck: true });
};

export async function startTraffic({ amqpUrl, log = (line) => console.warn(line) }) {
  let task = 0;
  let order = 0;
  let chapter = 0;
  const text = { contentType: 'text/plain' };
  const clients = {
    'demo hello sender': ({ ch, every }) => every(2000, () => ch.sendToQueue('hello', Buffer.from('Hello World!'), text)),
    'demo hello receiver': receiver('hello'),
    'demo new_task': ({ ch, every }) => {
      const send = () => ch.sendToQueue('task_queue', Buffer.from(`task ${++task}${'.'.repeat(1 + Math.floor(Math.random() * 5))}`), { ...text, persistent: true });
      every(1000, send);
      every(15_000, () => Array.from({ length: 10 }, send));
    },
    'demo worker 1 (fast)': worker(100),
    'demo worker 2 (slow)': worker(500),
    'demo emit_log': ({ ch, every }) => every(1500, () => ch.publish('logs', '', Buffer.from(`info: log line ${Date.now()}`), text)),
    'demo receive_logs 1': async ({ ch, consume }) => {
      // Each subscriber gets its own exclusive, server-named queue, as in the tutorial.
      const { queue } = await ch.assertQueue('', { exclusive: true });
      await ch.bindQueue(queue, 'logs', '');
      await consume(queue, () => {}, { noAck: true });
    },
    'demo emit_log_direct': ({ ch, every }) =>
      every(1500, () => {
        const severity = pick(['info', 'info', 'warning', 'error']);
        ch.publish('direct_logs', severity, Buffer.from(`${severity}: something happened`), text);
      }),
    'demo receive_logs_direct (error)': receiver('direct_logs.error'),
    'demo receive_logs_direct (info warning error)': receiver('direct_logs.all'),
    'demo emit_log_topic': ({ ch, every }) =>
      every(1500, () => {
        const key = `${pick(['mysql', 'kern', 'cron', 'auth'])}.${pick(['info', 'warning', 'error'])}`;
        ch.publish('topic_logs', key, Buffer.from(`${key}: something happened`), text);
      }),
    'demo receive_logs_topic': receiver('topic_logs.errors', 'topic_logs.mysql', 'topic_logs.all'),
    'demo rpc_server': async ({ ch, consume }) => {
      await ch.prefetch(1);
      await consume('rpc_queue', (msg) => {
        const { replyTo, correlationId } = msg.properties;
        ch.sendToQueue(replyTo, Buffer.from(String(fibonacci(Number(msg.content.toString()) || 0))), { correlationId });
        ch.ack(msg);
      });
    },
    'demo rpc_client': async ({ ch, every, consume }) => {
      const { queue } = await ch.assertQueue('', { exclusive: true });
      await consume(queue, () => {}, { noAck: true });
      every(4000, () =>
        ch.sendToQueue('rpc_queue', Buffer.from(String(10 + Math.floor(Math.random() * 20))), { correlationId: crypto.randomUUID(), replyTo: queue }),
      );
    },
    // Nobody reads these: their messages sit ready, so "Queued messages" is never zero.
    'demo 邮递员 (trickle)': ({ ch, every }) =>
      every(20_000, () => {
        const [queue, chapters] = Object.entries(CHAPTERS)[chapter % 2];
        ch.sendToQueue(queue, Buffer.from(chapters[Math.floor(chapter++ / 2) % chapters.length]), { persistent: true, contentType: 'text/plain; charset=utf-8' });
      }),
  };
  const shopClients = {
    'shop checkout': ({ ch, every }) =>
      every(3000, () => {
        const body = { id: ++order, amount: Math.round(Math.random() * 20_000) / 100, currency: 'EUR' };
        ch.publish('orders', 'order.created', Buffer.from(JSON.stringify(body)), { persistent: true, contentType: 'application/json' });
      }),
    // Declines one payment in five; the orders-dead-letter policy moves those to payments.dlq.
    'shop fulfilment': async ({ ch, consume }) => {
      await ch.prefetch(5);
      await consume('orders', (msg) => (Math.random() < 0.2 ? ch.nack(msg, false, false) : ch.ack(msg)));
    },
  };

  const started = [
    ...Object.entries(clients).map(([name, work]) => client(amqpUrl, { name }, work, log)),
    // The second fanout subscriber is the first one again, under its own name.
    client(amqpUrl, { name: 'demo receive_logs 2' }, clients['demo receive_logs 1'], log),
    ...Object.entries(shopClients).map(([name, work]) => client(amqpUrl, { name, user: SHOP, vhost: 'shop' }, work, log)),
  ];
  const results = await Promise.allSettled(started);
  const connections = results.filter((r) => r.status === 'fulfilled').map((r) => r.value);
  const stop = async () => {
    await Promise.all(connections.map((conn) => conn.close().catch(() => {})));
  };
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    await stop();
    throw new Error(`demo traffic could not connect: ${failed.reason.message}`);
  }
  return { stop };
}
