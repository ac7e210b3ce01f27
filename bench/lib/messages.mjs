// Publishing and Get messages: Warren's routes against the official UI's HTTP paths and raw
// amqplib, on the same broker, alternating. Each publish sample fills a queue of its own (purged
// first) with small persistent messages; each Get sample reads a queue of N messages in the
// default mode (requeue), which must leave it as it was.
import amqp from 'amqplib';

export const BENCH_QUEUE = 'bench-messages';
const PAYLOAD = '{"order":{{seq}},"note":"bench message"}';

const basic = (user) => 'Basic ' + Buffer.from(`${user.username}:${user.password}`).toString('base64');

async function mgmtCall(managementUrl, user, method, path, body) {
  const response = await fetch(`${managementUrl}/api${path}`, {
    method,
    headers: { authorization: basic(user), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Exact ready count over AMQP (the statistics lag). */
async function depth(channel, queue) {
  return (await channel.checkQueue(queue)).messageCount;
}

export async function openBenchChannel(amqpUrl, user) {
  const url = new URL(amqpUrl);
  const connection = await amqp.connect({ hostname: url.hostname, port: Number(url.port), username: user.username, password: user.password, vhost: '/' });
  const channel = await connection.createChannel();
  return { connection, channel };
}

async function freshQueue(channel, name) {
  await channel.assertQueue(name, { durable: true });
  await channel.purgeQueue(name);
}

/** Warren's bulk publish route: one request, the progress streamed back; msg/s from its final report. */
export async function warrenBulkPublish({ warrenUrl, cookie, channel, count }) {
  await freshQueue(channel, BENCH_QUEUE);
  const started = performance.now();
  const response = await fetch(`${warrenUrl}/api/exchanges/${encodeURIComponent('/')}/amq.default/publish-bulk`, {
    method: 'POST',
    headers: { cookie: `warren_session=${cookie}`, 'content-type': 'application/json' },
    body: JSON.stringify({ count, message: { routing_key: BENCH_QUEUE, payload: PAYLOAD, payload_encoding: 'json', properties: { delivery_mode: 2 } } }),
  });
  if (!response.ok) throw new Error(`Warren's bulk publish → ${response.status} ${await response.text()}`);
  const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line));
  const seconds = (performance.now() - started) / 1000;
  const report = lines.at(-1);
  if (report.type !== 'done' || report.confirmed !== count) throw new Error(`Warren's bulk publish ended ${JSON.stringify(report)}`);
  const inQueue = await depth(channel, BENCH_QUEUE);
  if (inQueue !== count) throw new Error(`Warren's bulk publish: ${inQueue} messages in the queue, ${count} confirmed`);
  return { rate: count / seconds, seconds };
}

/**
 * The official UI's publish: its "Publish message" form posts one message per request to
 * /api/exchanges/%2F/amq.default/publish. Timed for `seconds` with `concurrency` requests in
 * flight (the UI itself sends one at a time; 1 is what a person clicking gets).
 */
export async function officialHttpPublish({ managementUrl, user, channel, seconds, concurrency }) {
  await freshQueue(channel, BENCH_QUEUE);
  let seq = 0;
  let sent = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) {
      seq += 1;
      const answer = await mgmtCall(managementUrl, user, 'POST', `/exchanges/${encodeURIComponent('/')}/amq.default/publish`, {
        properties: { delivery_mode: 2 },
        routing_key: BENCH_QUEUE,
        payload: PAYLOAD.replace('{{seq}}', String(seq)),
        payload_encoding: 'string',
      });
      if (!answer.routed) throw new Error('official publish: not routed');
      sent += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return { rate: sent / elapsed, sent };
}

/** The broker alone: amqplib on a confirm channel with a window of 1,000 unconfirmed messages, as Warren's server does. */
export async function rawAmqplibPublish({ amqpUrl, user, channel, count }) {
  await freshQueue(channel, BENCH_QUEUE);
  const url = new URL(amqpUrl);
  const connection = await amqp.connect({ hostname: url.hostname, port: Number(url.port), username: user.username, password: user.password, vhost: '/' });
  try {
    const confirm = await connection.createConfirmChannel();
    const started = performance.now();
    let outstanding = 0;
    let open;
    const settle = () => {
      outstanding -= 1;
      if (open && outstanding < 1000) {
        const resolve = open;
        open = undefined;
        resolve();
      }
    };
    for (let seq = 1; seq <= count; seq++) {
      if (outstanding >= 1000) await new Promise((resolve) => (open = resolve));
      outstanding += 1;
      const written = confirm.sendToQueue(BENCH_QUEUE, Buffer.from(PAYLOAD.replace('{{seq}}', String(seq))), { persistent: true }, settle);
      if (!written) await new Promise((resolve) => confirm.once('drain', resolve));
    }
    await confirm.waitForConfirms();
    const seconds = (performance.now() - started) / 1000;
    return { rate: count / seconds, seconds };
  } finally {
    await connection.close();
  }
}

/** Fills the Get queue with exactly `count` messages (once per size). */
export async function prepareGetQueue({ channel, name, count }) {
  await freshQueue(channel, name);
  for (let i = 1; i <= count; i++) channel.sendToQueue(name, Buffer.from(PAYLOAD.replace('{{seq}}', String(i))), { persistent: true, headers: { seq: i } });
  // A plain channel: wait until the broker has them all.
  for (let tries = 0; (await depth(channel, name)) !== count; tries++) {
    if (tries > 200) throw new Error(`the Get queue ${name} did not fill`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Warren's Get messages (default mode: requeue), `count` messages, until the answer is read. */
export async function warrenGet({ warrenUrl, cookie, channel, name, count }) {
  const started = performance.now();
  const response = await fetch(`${warrenUrl}/api/queues/${encodeURIComponent('/')}/${encodeURIComponent(name)}/get`, {
    method: 'POST',
    headers: { cookie: `warren_session=${cookie}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ackmode: 'ack_requeue_true', count }),
  });
  const body = await response.json();
  const ms = performance.now() - started;
  if (!response.ok || body.messages.length !== count) throw new Error(`Warren's Get → ${response.status}, ${body.messages?.length} messages`);
  const left = await waitForDepth(channel, name, count);
  if (left !== count) throw new Error(`after Warren's Get the queue holds ${left}, not ${count}`);
  return ms;
}

/** The official UI's Get messages: POST /api/queues/%2F/<name>/get, "Nack message requeue true". */
export async function officialGet({ managementUrl, user, channel, name, count }) {
  const started = performance.now();
  const body = await mgmtCall(managementUrl, user, 'POST', `/queues/${encodeURIComponent('/')}/${encodeURIComponent(name)}/get`, {
    count,
    ackmode: 'ack_requeue_true',
    encoding: 'auto',
    truncate: 50000,
  });
  const ms = performance.now() - started;
  if (body.length !== count) throw new Error(`official Get: ${body.length} messages`);
  const left = await waitForDepth(channel, name, count);
  if (left !== count) throw new Error(`after the official Get the queue holds ${left}, not ${count}`);
  return ms;
}

/** Requeued messages are back at once over AMQP; the check only guards the comparison's fairness. */
async function waitForDepth(channel, name, count) {
  let left = await depth(channel, name);
  for (let tries = 0; left !== count && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    left = await depth(channel, name);
  }
  return left;
}

export async function cleanupBenchQueues(channel, names) {
  for (const name of names) await channel.deleteQueue(name).catch(() => undefined);
}
