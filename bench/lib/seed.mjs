// Seeds the bench broker: N durable classic queues named bench-q-00001 … in vhost "/", a few of
// them with messages. Idempotent: counts what is there first and declares only what is missing.
import amqp from 'amqplib';

export const QUEUE_PREFIX = 'bench-q-';
export const queueName = (i, width) => `${QUEUE_PREFIX}${String(i).padStart(width, '0')}`;
// The first few queues hold messages, so sorting by messages changes the first rows and the
// overview has something to chart.
export const MESSAGES = [500, 120, 60, 30, 15, 8, 4, 2, 1, 1];

const basic = (user) => 'Basic ' + Buffer.from(`${user.username}:${user.password}`).toString('base64');

/** How many queues whose name starts with the bench prefix exist (the broker filters). */
export async function countBenchQueues(managementUrl, user) {
  const query = new URLSearchParams({ page: '1', page_size: '1', pagination: 'true', name: `^${QUEUE_PREFIX}`, use_regex: 'true', columns: 'name' });
  const response = await fetch(`${managementUrl}/api/queues/%2F?${query}`, { headers: { authorization: basic(user) } });
  if (!response.ok) throw new Error(`counting queues: ${response.status} ${await response.text()}`);
  return (await response.json()).filtered_count;
}

export async function seedQueues({ managementUrl, amqpUrl, user, count, log = console.log }) {
  const width = Math.max(5, String(count).length);
  const existing = await countBenchQueues(managementUrl, user);
  const url = new URL(amqpUrl);
  const connection = await amqp.connect({ hostname: url.hostname, port: Number(url.port), username: user.username, password: user.password, vhost: '/' });
  try {
    let declared = 0;
    const started = performance.now();
    if (existing < count) {
      log(`  seeding ${count - existing} queues (${existing} already there) …`);
      // queue.declare is a synchronous RPC per channel; a few channels in parallel keep the
      // broker busy without flooding it (measured: ~8 channels saturate 2 cores).
      const CHANNELS = 8;
      let next = 1;
      await Promise.all(
        Array.from({ length: CHANNELS }, async () => {
          const channel = await connection.createChannel();
          while (next <= count) {
            const i = next++;
            await channel.assertQueue(queueName(i, width), { durable: true });
            declared++;
          }
          await channel.close();
        }),
      );
      log(`  declared ${declared} queues in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    // Messages in the first few queues, topped up to the wanted depth.
    const channel = await connection.createConfirmChannel();
    let published = 0;
    for (const [index, depth] of MESSAGES.entries()) {
      if (index >= count) break;
      const name = queueName(index + 1, width);
      const { messageCount } = await channel.checkQueue(name);
      for (let m = messageCount; m < depth; m++, published++) channel.sendToQueue(name, Buffer.from(`bench message ${m} `.repeat(8)), { persistent: true });
    }
    await channel.waitForConfirms();
    await channel.close();
    if (published) log(`  published ${published} messages into the first ${MESSAGES.length} queues`);
    return { existing, declared, published, seconds: (performance.now() - started) / 1000, width };
  } finally {
    await connection.close();
  }
}

/**
 * The management API reports queue lengths from its stats, collected every 5 s and empty for a
 * while after a broker (re)start. Sorting by messages means nothing until they are there.
 */
export async function waitForQueueStats({ managementUrl, user, width, timeoutMs = 90_000 }) {
  const name = queueName(1, width);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${managementUrl}/api/queues/%2F/${encodeURIComponent(name)}?columns=messages`, { headers: { authorization: basic(user) } });
    if (response.ok && (await response.json()).messages >= MESSAGES[0]) return;
    if (Date.now() > deadline) throw new Error(`the broker does not report ${MESSAGES[0]} messages in ${name} after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
