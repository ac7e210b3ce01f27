// A memory alarm: the broker blocks every publishing connection. Warren must say so at once,
// with the node whose alarm it is, and never hang a publish. Raising the alarm blocks every
// publisher of the test broker, so this runs in the outage project, after every other spec.
import { expect, test } from '@playwright/test';
import { enc, messageCount, mgmt, uniqueName } from '../support/broker';
import { authFile } from '../support/env';
import type { APIRequestContext } from '@playwright/test';
import { setMemoryWatermark } from './broker-app';

test.setTimeout(120_000);
test.use({ storageState: authFile('admin') });

const DEFAULT_WATERMARK = 0.4;
const alarmed = async () => (await mgmt<Array<{ mem_alarm: boolean }>>('GET', '/nodes')).some((node) => node.mem_alarm);

let raised = false;
test.afterEach(async () => {
  if (!raised) return;
  await setMemoryWatermark(DEFAULT_WATERMARK);
  await expect.poll(alarmed, { timeout: 30_000 }).toBe(false);
  raised = false;
});

const publish = (request: APIRequestContext, vhost: string, queue: string, payload: string) =>
  request.post(`/api/exchanges/${enc(vhost)}/amq.default/publish`, { data: { routing_key: queue, payload } });

test('publishing while the broker blocks publishers is refused at once, saying why and what became of the message; it works again after', async ({
  page,
  playwright,
  baseURL,
}) => {
  const queue = uniqueName('e2e-alarm');
  const teamQueue = uniqueName('e2e-alarm-team');
  await mgmt('PUT', `/queues/%2F/${enc(queue)}`, { durable: true });
  await mgmt('PUT', `/queues/team-a/${enc(teamQueue)}`, { durable: true });
  const team = await playwright.request.newContext({ baseURL, storageState: authFile('management') });
  try {
    // A publish first, so that Warren's pooled connection is one the broker has seen publish.
    const before = await publish(page.request, '/', queue, 'before');
    expect(await before.json()).toEqual({ outcome: 'routed' });

    raised = true;
    await setMemoryWatermark(0.000001);
    await expect.poll(alarmed, { timeout: 30_000 }).toBe(true);

    const started = Date.now();
    const blocked = await publish(page.request, '/', queue, 'during');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(blocked.status()).toBe(503);
    const { error } = await blocked.json();
    expect(error.code).toBe('BROKER_BLOCKED');
    // The administrator may list nodes: Warren sees the alarm and sends nothing.
    const [node] = await mgmt<Array<{ name: string }>>('GET', '/nodes');
    expect(error.message).toBe(`The broker is blocking publishers: memory alarm on ${node!.name}. Nothing was published.`);

    // A management user may not list nodes: the broker says so only once the message is sent, and
    // holds it. Warren says that, at once, instead of hanging or claiming nothing went out.
    const held = await publish(team, 'team-a', teamQueue, 'held');
    expect(held.status()).toBe(503);
    expect((await held.json()).error.message).toMatch(/^The broker is blocking publishers: .*held by the broker, unconfirmed: it is routed once the alarm clears\.$/);

    // A bulk publish is refused before it starts (a status, not a stream's first line).
    const bulk = await page.request.post('/api/exchanges/%2F/amq.default/publish-bulk', { data: { count: 100, message: { routing_key: queue } } });
    expect(bulk.status()).toBe(503);
    expect((await bulk.json()).error.code).toBe('BROKER_BLOCKED');

    // And the panel says it where the user acted.
    await page.goto(`/queues/%2F/${enc(queue)}`);
    const form = page.getByRole('form', { name: 'Publish message' });
    await form.getByLabel('Payload', { exact: true }).fill('from the panel');
    await form.getByRole('button', { name: 'Publish message' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'The broker is blocking publishers' })).toBeVisible({ timeout: 10_000 });

    // Get messages (no publishing) still works during the alarm.
    await page.getByRole('form', { name: 'Get messages' }).getByRole('button', { name: 'Get messages' }).click();
    await expect(page.getByRole('article', { name: 'Message 1' })).toContainText('before');

    await setMemoryWatermark(DEFAULT_WATERMARK);
    await expect.poll(alarmed, { timeout: 30_000 }).toBe(false);
    raised = false;
    await expect
      .poll(async () => (await (await publish(page.request, '/', queue, 'after')).json()).outcome, { timeout: 20_000 })
      .toBe('routed');
    // What Warren said came true: the administrator's queue has "before" and "after" only; the
    // held message reached team-a's queue when the alarm cleared.
    expect(await messageCount('/', queue)).toBe(2);
    await expect.poll(() => messageCount('team-a', teamQueue)).toBe(1);
  } finally {
    await team.dispose();
    await mgmt('DELETE', `/queues/%2F/${enc(queue)}`).catch(() => undefined);
    await mgmt('DELETE', `/queues/team-a/${enc(teamQueue)}`).catch(() => undefined);
  }
});
