// lib/rabbitmq/admin/{vhosts,cluster}.ts against the real broker: create-only and update-only
// PUTs, 3.10 dropping default_queue_type (said in the answer), description and tags replaced by an
// edit while tracing stays, limits set / removed with the vhost named when it is missing, the
// paged list, and the feature flags. Every vhost here is this file's own and is removed at the end.
import { afterAll, describe, expect, it } from 'vitest';
import { enableFeatureFlag, listFeatureFlags } from '@/lib/rabbitmq/admin/cluster';
import {
  deleteVhost,
  findVhost,
  getVhostLimits,
  listAdminVhosts,
  putVhost,
  removeVhostLimit,
  setVhostLimit,
} from '@/lib/rabbitmq/admin/vhosts';
import { listQuerySchema } from '@/lib/schemas/list';
import { enc, mgmt, testBroker, TEST_USERS, uniqueName } from '../support/broker';
import { brokerFailure } from '../support/failure';

process.env.RABBITMQ_MANAGEMENT_URL = testBroker.managementUrl;

const admin = { username: TEST_USERS.admin.username, password: TEST_USERS.admin.password };
const teamA = { username: TEST_USERS.management.username, password: TEST_USERS.management.password };
const prefix = uniqueName('it-vhosts');
const vhost = `${prefix} <b>x</b>/水`;

afterAll(async () => {
  const vhosts = await mgmt<Array<{ name: string }>>('GET', '/vhosts?columns=name');
  await Promise.all(vhosts.filter((v) => v.name.startsWith(prefix)).map((v) => mgmt('DELETE', `/vhosts/${enc(v.name)}`).catch(() => undefined)));
});

describe('vhosts', () => {
  it('creates once, refuses a second create, and updates without losing tracing', async () => {
    const created = await putVhost(admin, vhost, { description: 'first', tags: ['a', 'b'], default_queue_type: 'quorum' }, 'create');
    const version = (await mgmt<{ rabbitmq_version: string }>('GET', '/overview')).rabbitmq_version;
    // 3.10 accepts default_queue_type and drops it: the answer says so.
    expect(created).toEqual({ created: true, ignored: version.startsWith('3.10.') ? ['default_queue_type'] : [] });
    expect(await mgmt('GET', `/vhosts/${enc(vhost)}?columns=description,tags`)).toEqual({ description: 'first', tags: ['a', 'b'] });

    expect((await brokerFailure(putVhost(admin, vhost, { description: 'x', tags: [] }, 'create'))).code).toBe('CONFLICT');

    await mgmt('PUT', `/vhosts/${enc(vhost)}`, { description: 'first', tags: 'a,b', tracing: true });
    expect(await putVhost(admin, vhost, { description: 'second', tags: ['c'] }, 'update')).toEqual({ created: false, ignored: [] });
    expect(await mgmt('GET', `/vhosts/${enc(vhost)}?columns=description,tags,tracing`)).toEqual({ description: 'second', tags: ['c'], tracing: true });
    // A field left out is kept (the broker's own PUT would empty it).
    await putVhost(admin, vhost, { tags: ['d'] }, 'update');
    expect(await mgmt('GET', `/vhosts/${enc(vhost)}?columns=description,tags,tracing`)).toEqual({ description: 'second', tags: ['d'], tracing: true });
    await putVhost(admin, vhost, { description: 'third' }, 'update');
    expect(await mgmt('GET', `/vhosts/${enc(vhost)}?columns=description,tags,tracing`)).toEqual({ description: 'third', tags: ['d'], tracing: true });

    const gone = await brokerFailure(putVhost(admin, `${prefix}-never`, { description: '', tags: [] }, 'update'));
    expect(gone.code).toBe('NOT_FOUND');
    expect(await findVhost(admin, `${prefix}-never`, { fresh: true })).toBeNull();
  });

  it('finds a vhost by its exact name although the broker’s filter is caseless', async () => {
    const upper = `${prefix}-CASE`;
    await mgmt('PUT', `/vhosts/${enc(`${prefix}-case`)}`, {});
    expect(await findVhost(admin, upper, { fresh: true })).toBeNull();
    expect((await findVhost(admin, `${prefix}-case`, { fresh: true }))?.name).toBe(`${prefix}-case`);
  });

  it('pages, sorts and filters the list at the broker', async () => {
    const page = await listAdminVhosts(admin, listQuerySchema.parse({ name: prefix, sort: 'name', page_size: '1' }));
    expect(page.filtered_count).toBeGreaterThanOrEqual(2);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.name.startsWith(prefix)).toBe(true);
    expect(page.items[0]).toHaveProperty('cluster_state');
  });

  it('refuses a management user, and deletes', async () => {
    expect((await brokerFailure(putVhost(teamA, `${prefix}-team`, { description: '', tags: [] }, 'create'))).code).toBe('ACCESS_REFUSED');
    expect((await brokerFailure(deleteVhost(teamA, vhost))).code).toBe('ACCESS_REFUSED');
    const other = `${prefix}-delete`;
    await mgmt('PUT', `/vhosts/${enc(other)}`, {});
    await deleteVhost(admin, other);
    await expect(mgmt('GET', `/vhosts/${enc(other)}`)).rejects.toThrow(/404/);
    expect((await brokerFailure(deleteVhost(admin, other))).message).toContain(other);
  });
});

describe('vhost limits', () => {
  it('sets, reads and removes a limit; a missing vhost is named', async () => {
    await setVhostLimit(admin, vhost, 'max-queues', 5);
    expect(await getVhostLimits(admin, vhost)).toEqual({ 'max-queues': 5 });
    await setVhostLimit(admin, vhost, 'max-connections', -1);
    expect(await getVhostLimits(admin, vhost)).toEqual({ 'max-queues': 5, 'max-connections': -1 });
    await removeVhostLimit(admin, vhost, 'max-queues');
    await removeVhostLimit(admin, vhost, 'max-connections');
    expect(await getVhostLimits(admin, vhost)).toEqual({});

    const missing = `${prefix}-missing`;
    // 3.10 answers DELETE of a missing vhost's limit with 500.
    for (const attempt of [getVhostLimits(admin, missing), setVhostLimit(admin, missing, 'max-queues', 1), removeVhostLimit(admin, missing, 'max-queues')]) {
      const failure = await brokerFailure(attempt);
      expect(failure.code).toBe('NOT_FOUND');
      expect(failure.message).toContain(missing);
    }
    expect((await brokerFailure(setVhostLimit(teamA, 'team-a', 'max-queues', 1))).code).toBe('ACCESS_REFUSED');
  });
});

describe('feature flags', () => {
  it('lists them for administrators; an unknown flag is not found; an enabled one is left as it is', async () => {
    const flags = await listFeatureFlags(admin);
    expect(flags.length).toBeGreaterThan(0);
    expect(flags[0]).toMatchObject({ name: expect.any(String), state: expect.any(String), stability: expect.any(String) });
    expect((await brokerFailure(listFeatureFlags(teamA))).code).toBe('ACCESS_REFUSED');
    expect((await brokerFailure(enableFeatureFlag(admin, 'no_such_flag'))).code).toBe('NOT_FOUND');
    const enabled = flags.find((flag) => flag.state === 'enabled');
    if (enabled) await expect(enableFeatureFlag(admin, enabled.name)).resolves.toBeUndefined();
  });
});
