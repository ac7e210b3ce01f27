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

// --- move: Warren's move against the official UI's shovel move ------------------------------------

export const MOVE_SOURCE = 'bench-move-from';
export const MOVE_DESTINATION = 'bench-move-to';

/** Source with `count` small persistent messages, destination empty. */
export async function prepareMove({ channel, amqpUrl, user, count }) {
  await freshQueue(channel, MOVE_SOURCE);
  await freshQueue(channel, MOVE_DESTINATION);
  const url = new URL(amqpUrl);
  const connection = await amqp.connect({ hostname: url.hostname, port: Number(url.port), username: user.username, password: user.password, vhost: '/' });
  try {
    const confirm = await connection.createConfirmChannel();
    for (let seq = 1; seq <= count; seq++) {
      if (!confirm.sendToQueue(MOVE_SOURCE, Buffer.from(PAYLOAD.replace('{{seq}}', String(seq))), { persistent: true })) {
        await new Promise((resolve) => confirm.once('drain', resolve));
      }
      if (seq % 5000 === 0) await confirm.waitForConfirms();
    }
    await confirm.waitForConfirms();
  } finally {
    await connection.close();
  }
  if ((await depth(channel, MOVE_SOURCE)) !== count) throw new Error('the move source did not fill');
}

async function checkMoved(channel, count, who) {
  const [left, moved] = [await depth(channel, MOVE_SOURCE), await depth(channel, MOVE_DESTINATION)];
  if (left !== 0 || moved !== count) throw new Error(`${who}: ${moved} moved and ${left} left, of ${count}`);
}

/** Warren: POST /api/queues/%2F/<source>/move, all messages, until its report. */
export async function warrenMove({ warrenUrl, cookie, channel, count }) {
  const started = performance.now();
  const response = await fetch(`${warrenUrl}/api/queues/${encodeURIComponent('/')}/${MOVE_SOURCE}/move`, {
    method: 'POST',
    headers: { cookie: `warren_session=${cookie}`, 'content-type': 'application/json' },
    body: JSON.stringify({ target: { kind: 'queue', name: MOVE_DESTINATION }, select: { mode: 'all' } }),
  });
  if (!response.ok) throw new Error(`Warren's move → ${response.status} ${await response.text()}`);
  const report = (await response.text()).trim().split('\n').map((line) => JSON.parse(line)).at(-1);
  const seconds = (performance.now() - started) / 1000;
  if (report.type !== 'done' || report.moved !== count) throw new Error(`Warren's move ended ${JSON.stringify(report)}`);
  await checkMoved(channel, count, "Warren's move");
  return count / seconds;
}

/**
 * The official UI's "Move messages" (with the shovel plugins): the dynamic shovel its queue page
 * creates (on-confirm, prefetch 1,000, deleted after the queue's length), timed from the PUT
 * until the destination holds every message and the shovel has removed itself.
 */
export async function officialShovelMove({ managementUrl, user, channel, count }) {
  const name = `Move from ${MOVE_SOURCE}`;
  const started = performance.now();
  await mgmtCall(managementUrl, user, 'PUT', `/parameters/shovel/${encodeURIComponent('/')}/${encodeURIComponent(name)}`, {
    component: 'shovel',
    vhost: '/',
    name,
    value: {
      'src-uri': 'amqp:///%2F',
      'src-queue': MOVE_SOURCE,
      'src-protocol': 'amqp091',
      'src-prefetch-count': 1000,
      'src-delete-after': 'queue-length',
      'dest-protocol': 'amqp091',
      'dest-uri': 'amqp:///%2F',
      'dest-add-forward-headers': false,
      'ack-mode': 'on-confirm',
      'dest-queue': MOVE_DESTINATION,
    },
  });
  for (;;) {
    if ((await depth(channel, MOVE_DESTINATION)) === count) break;
    if (performance.now() - started > 300_000) throw new Error('the shovel move did not finish in 5 minutes');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const seconds = (performance.now() - started) / 1000;
  // Its own clean-up (src-delete-after), awaited so that rounds do not overlap.
  for (let tries = 0; tries < 500; tries++) {
    const shovels = await mgmtCall(managementUrl, user, 'GET', `/parameters/shovel/${encodeURIComponent('/')}`);
    if (!shovels.some((shovel) => shovel.name === name)) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await checkMoved(channel, count, 'the shovel move');
  return count / seconds;
}

/** Whether the broker has the shovel plugins (for the official UI's Move messages). */
export async function hasShovel({ managementUrl, user }) {
  const response = await fetch(`${managementUrl}/api/shovels`, { headers: { authorization: basic(user) } });
  await response.arrayBuffer();
  return response.ok;
}

// --- tail latency: publish → the browser ---------------------------------------------------------

/**
 * Milliseconds from a publish (amqplib, confirm awaited) until its message arrives as an SSE
 * "message" event of Warren's tail, `samples` times, read by a plain HTTP client.
 */
export async function tailLatency({ warrenUrl, cookie, amqpUrl, user, samples }) {
  const exchange = 'bench-tail';
  const { connection, channel } = await openBenchChannel(amqpUrl, user);
  await channel.assertExchange(exchange, 'topic', { durable: false });
  const confirm = await connection.createConfirmChannel();
  const controller = new AbortController();
  const response = await fetch(`${warrenUrl}/api/exchanges/${encodeURIComponent('/')}/${exchange}/tail?routing_key=%23`, {
    headers: { cookie: `warren_session=${cookie}`, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  if (!response.ok) throw new Error(`Warren's tail → ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const waiting = new Map();
  let startedResolve;
  const started = new Promise((resolve) => (startedResolve = resolve));
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event === 'start') startedResolve();
        if (event === 'message') waiting.get(JSON.parse(data).payload)?.(performance.now());
      }
    }
  })();
  await started;
  const times = [];
  try {
    for (let i = 0; i < samples; i++) {
      const payload = `tail-${i}-${Math.random()}`;
      const arrived = new Promise((resolve) => waiting.set(payload, resolve));
      const sent = performance.now();
      confirm.publish(exchange, 'bench.tail', Buffer.from(payload));
      await confirm.waitForConfirms();
      times.push((await arrived) - sent);
      waiting.delete(payload);
    }
  } finally {
    controller.abort();
    await pump;
    await channel.deleteExchange(exchange).catch(() => undefined);
    await connection.close();
  }
  return times;
}
