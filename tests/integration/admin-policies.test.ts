// lib/rabbitmq/admin (policies and definitions) against the real broker, in vhosts of this
// file's own: the preview's case-sensitive match and priorities, the broker's refusals in plain
// words, and a definitions import that is previewed, refused when stale, and merged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVhost, enc, mgmt, TEST_USERS, uniqueName } from '../support/broker';
import { deletePolicy, listPolicies, policyError, previewPolicy, putPolicy } from '@/lib/rabbitmq/admin/policies';
import { exportDefinitions, importDefinitions, previewDefinitions } from '@/lib/rabbitmq/admin/definitions';
import { BrokerError } from '@/lib/rabbitmq/errors';
import { listQuerySchema } from '@/lib/schemas/list';
import { policyPreviewQuerySchema } from '@/lib/schemas/admin-policies';

const admin = { username: TEST_USERS.admin.username, password: TEST_USERS.admin.password };
const policymaker = { username: TEST_USERS.policymaker.username, password: TEST_USERS.policymaker.password };
const vhost = uniqueName('it-policies');
let removeVhost: () => Promise<void>;

const putQueue = (name: string, args: Record<string, unknown> = {}) =>
  mgmt('PUT', `/queues/${enc(vhost)}/${enc(name)}`, { durable: true, auto_delete: false, arguments: args });

beforeAll(async () => {
  removeVhost = await createVhost(vhost);
  await Promise.all([putQueue('orders.eu'), putQueue('Orders.us'), putQueue('orders.q', { 'x-queue-type': 'quorum' }), putQueue('invoices')]);
  await mgmt('PUT', `/exchanges/${enc(vhost)}/orders.x`, { type: 'topic', durable: true });
});
afterAll(() => removeVhost());

describe('policies', () => {
  it('previews case-sensitively, says which queue type refuses a key, and compares priorities with the policy applying today', async () => {
    await mgmt('PUT', `/policies/${enc(vhost)}/strong`, { pattern: '^orders\\.eu$', definition: { 'max-length': 1 }, priority: 9, 'apply-to': 'queues' });
    const preview = await previewPolicy(admin, 'policy', policyPreviewQuerySchema.parse({ vhost, pattern: '^orders', priority: '1', keys: 'ha-mode', name: 'new' }));
    const rows = Object.fromEntries(preview.queues!.items.map((row) => [row.name, row.outcome.kind]));
    // "Orders.us" is not matched: policies are case-sensitive, the broker's list filter is not.
    expect(rows).toEqual({ 'orders.eu': expect.any(String), 'orders.q': 'unsupported' });
    expect(preview.queues!.matched).toBe(2);
    expect(preview.exchanges!.items.map((row) => row.name)).toEqual(['orders.x']);
    expect(preview.existing).toBeNull();
    // The policy shows on the queue a moment after it is set.
    const outcome = async () =>
      (await previewPolicy(admin, 'policy', policyPreviewQuerySchema.parse({ vhost, pattern: '^orders\\.eu', priority: '1' }))).queues!.items[0]!.outcome;
    await expect.poll(outcome, { timeout: 15_000, interval: 500 }).toEqual({ kind: 'outranked', current: 'strong', priority: 9 });
  });

  it('adds, updates, lists and deletes a policy, saying which it was', async () => {
    const body = { pattern: '^invoices$', 'apply-to': 'queues' as const, priority: 0, definition: { 'message-ttl': 1000 } };
    expect(await putPolicy(admin, 'policy', vhost, 'ttl', body)).toEqual({ created: true });
    expect(await putPolicy(admin, 'policy', vhost, 'ttl', { ...body, priority: 2 })).toEqual({ created: false });
    const page = await listPolicies(admin, 'policy', listQuerySchema.parse({ vhost, name: 'tt' }));
    expect(page.items.map((policy) => [policy.name, policy.priority])).toEqual([['ttl', 2]]);
    await deletePolicy(admin, 'policy', vhost, 'ttl');
    await expect(deletePolicy(admin, 'policy', vhost, 'ttl')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('words the broker’s refusals plainly', async () => {
    const refused = await putPolicy(admin, 'policy', vhost, 'bad', { pattern: '.*', 'apply-to': 'all', priority: 0, definition: { 'no-such-key': 1 } }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BrokerError);
    expect((refused as BrokerError).message).toBe('Validation failed: [{<<"no-such-key">>,1}] are not recognised policy settings');
    const operator = await putPolicy(policymaker, 'operator', 'team-a', 'cap', { pattern: '.*', 'apply-to': 'queues', priority: 0, definition: { 'max-length': 1 } }).catch((error: unknown) => error);
    expect((operator as BrokerError).code).toBe('ACCESS_REFUSED');
    expect((operator as BrokerError).message).toMatch(/^Only administrators may change operator policies/);
    const other = await putPolicy(policymaker, 'policy', vhost, 'p', { pattern: '.*', 'apply-to': 'all', priority: 0, definition: { 'max-length': 1 } }).catch((error: unknown) => error);
    expect((other as BrokerError).message).toMatch(/not yours to change/);
    expect(policyError(new Error('x'), 'policy')).toBeInstanceOf(Error);
  });
});

describe('definitions', () => {
  it('previews an import of one vhost, refuses a stale preview, imports and then finds it all the same', async () => {
    const current = (await exportDefinitions(admin, vhost)) as { policies: unknown[]; queues: unknown[] };
    const file = {
      ...current,
      queues: [...current.queues, { name: 'imported', durable: true, auto_delete: false, arguments: { 'x-max-length': 3 } }],
      policies: [{ vhost, name: 'strong', pattern: '^orders\\.eu$', 'apply-to': 'queues', definition: { 'max-length': 2 }, priority: 9 }],
    };
    const preview = await previewDefinitions(admin, vhost, file);
    if (!preview.valid) throw new Error(JSON.stringify(preview.problems));
    const category = (name: string) => preview.diff.categories.find((c) => c.category === name)!;
    expect(category('queues').counts).toMatchObject({ create: 1, same: 4 });
    expect(category('policies').items[0]).toMatchObject({ outcome: 'change', changes: [{ field: 'definition', from: { 'max-length': 1 }, to: { 'max-length': 2 } }] });

    await expect(importDefinitions(admin, vhost, file, '0'.repeat(64))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await importDefinitions(admin, vhost, file, preview.fingerprint)).toEqual({ created: 1, changed: 1 });
    expect(await mgmt('GET', `/policies/${enc(vhost)}/strong`)).toMatchObject({ definition: { 'max-length': 2 } });
    const again = await previewDefinitions(admin, vhost, file);
    expect(again.valid && again.changes).toBe(false);
  });

  it('sends nothing for a broken file', async () => {
    const before = await exportDefinitions(admin, vhost);
    const broken = { queues: [{ name: 'never', durable: true, auto_delete: false, arguments: { 'x-max-length': 'three' } }] };
    expect(await previewDefinitions(admin, vhost, broken)).toEqual({ valid: false, problems: [{ path: 'queues[0].arguments.x-max-length', message: 'expected a number' }], more: 0 });
    await expect(importDefinitions(admin, vhost, broken, '0'.repeat(64))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await exportDefinitions(admin, vhost)).toEqual(before);
  });
});
