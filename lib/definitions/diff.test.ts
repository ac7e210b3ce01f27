import { describe, expect, it } from 'vitest';
import { parseDefinitions, type DefinitionsFile } from '@/lib/schemas/definitions';
import { canonical, changesSomething, diffDefinitions, limitItems, type CurrentDefinitions, type DefinitionsDiff } from './diff';

const parse = (input: unknown, vhost: string | null = null): DefinitionsFile => {
  const result = parseDefinitions(input, { vhost }, '3.10.8');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
};
const category = (diff: DefinitionsDiff, name: string) => diff.categories.find((c) => c.category === name)!;

const current: CurrentDefinitions = {
  users: [{ name: 'app', password_hash: 'SEFTSC0x', hashing_algorithm: 'rabbit_password_hashing_sha256', tags: ['management'], limits: {} }],
  vhosts: [{ name: '/', description: 'Default', tags: [] }],
  permissions: [{ user: 'app', vhost: '/', configure: '.*', write: '.*', read: '.*' }],
  policies: [{ vhost: '/', name: 'cap', pattern: '^orders', 'apply-to': 'queues', definition: { 'max-length': 10 }, priority: 0 }],
  queues: [{ name: 'orders', vhost: '/', durable: true, auto_delete: false, arguments: {} }],
  exchanges: [{ name: 'shop', vhost: '/', type: 'topic', durable: true, auto_delete: false, internal: false, arguments: {} }],
  bindings: [{ source: 'shop', vhost: '/', destination: 'orders', destination_type: 'queue', routing_key: 'order.*', arguments: {} }],
  parameters: [{ vhost: '/', component: 'vhost-limits', name: 'limits', value: [] }],
};

describe('diffDefinitions', () => {
  it('sorts each entry into created, changed (field by field) and the same', () => {
    const file = parse({
      policies: [
        { vhost: '/', name: 'cap', pattern: '^orders', 'apply-to': 'queues', definition: { 'max-length': 20 }, priority: 0 },
        { vhost: '/', name: 'ttl', pattern: '.*', definition: { 'message-ttl': 60000 } },
      ],
      queues: [
        { name: 'orders', vhost: '/', durable: true, auto_delete: false, arguments: {} },
        { name: 'invoices', vhost: '/', durable: true, auto_delete: false, arguments: { 'x-max-length': 5 } },
      ],
      parameters: [{ vhost: '/', component: 'vhost-limits', name: 'limits', value: {} }],
    });
    const diff = diffDefinitions(file, current, { vhost: null });
    expect(diff.problems).toEqual([]);
    const policies = category(diff, 'policies');
    expect(policies.counts).toMatchObject({ create: 1, change: 1, same: 0 });
    expect(policies.items[0]).toEqual({
      index: 0,
      outcome: 'change',
      id: [['vhost', '/'], ['name', 'cap']],
      changes: [{ field: 'definition', from: { 'max-length': 10 }, to: { 'max-length': 20 } }],
    });
    // Defaults are applied before comparing: apply-to "all", priority 0.
    expect(policies.items[1]).toMatchObject({ outcome: 'create', values: { 'apply-to': 'all', priority: 0, definition: { 'message-ttl': 60000 } } });
    expect(category(diff, 'queues').counts).toMatchObject({ create: 1, same: 1 });
    // An empty value exported as [] is the same as {}.
    expect(category(diff, 'parameters').counts.same).toBe(1);
    expect(changesSomething(diff)).toBe(true);
  });

  it('shows a queue or exchange defined otherwise as kept by the broker, not as changed', () => {
    const file = parse({ queues: [{ name: 'orders', vhost: '/', durable: false, auto_delete: false, arguments: {} }] });
    const queues = category(diffDefinitions(file, current, { vhost: null }), 'queues');
    expect(queues.items[0]).toMatchObject({ outcome: 'conflict', changes: [{ field: 'durable', from: true, to: false }] });
    expect(queues.counts.change).toBe(0);
  });

  it('never carries a password hash, and says that a password changes', () => {
    const file = parse({ users: [{ name: 'app', password_hash: 'SEFTSC0y', tags: 'management,monitoring' }, { name: 'new', password_hash: 'SEFTSC0z', tags: [] }] });
    const diff = diffDefinitions(file, current, { vhost: null });
    const users = category(diff, 'users');
    expect(users.items[0]!.changes).toEqual([{ field: 'password', hidden: true }, { field: 'tags', from: ['management'], to: ['management', 'monitoring'] }]);
    expect(JSON.stringify(diff)).not.toMatch(/SEFTSC0/);
    // The same hash is no change; a clear-text password always is.
    const same = category(diffDefinitions(parse({ users: [{ name: 'app', password_hash: 'SEFTSC0x', tags: ['management'] }] }), current, { vhost: null }), 'users');
    expect(same.counts.same).toBe(1);
    const clear = category(diffDefinitions(parse({ users: [{ name: 'app', password: 'secret', tags: ['management'] }] }), current, { vhost: null }), 'users');
    expect(clear.items[0]!.changes).toEqual([{ field: 'password', hidden: true }]);
    expect(JSON.stringify(clear)).not.toContain('secret');
  });

  it('says loudly that an existing user whose entry has neither password nor hash loses its password (the broker clears it)', () => {
    const users = category(diffDefinitions(parse({ users: [{ name: 'app', tags: ['management'] }] }), current, { vhost: null }), 'users');
    expect(users.items[0]).toMatchObject({ outcome: 'change', changes: [{ field: 'password', hidden: true, cleared: true }] });
  });

  it('compares only the user limits a file sets: the broker keeps the others', () => {
    const limited = { ...current, users: [{ ...current.users![0]!, limits: { 'max-connections': 5, 'max-channels': 10 } }] };
    const same = category(diffDefinitions(parse({ users: [{ name: 'app', password_hash: 'SEFTSC0x', tags: ['management'], limits: {} }] }), limited, { vhost: null }), 'users');
    expect(same.counts.same).toBe(1);
    const changed = category(
      diffDefinitions(parse({ users: [{ name: 'app', password_hash: 'SEFTSC0x', tags: ['management'], limits: { 'max-channels': 20 } }] }), limited, { vhost: null }),
      'users',
    );
    expect(changed.items[0]!.changes).toEqual([{ field: 'limits', from: { 'max-channels': 10 }, to: { 'max-channels': 20 } }]);
  });

  it('shows that an existing vhost listed by name only loses its description', () => {
    const vhosts = category(diffDefinitions(parse({ vhosts: [{ name: '/' }] }), current, { vhost: null }), 'vhosts');
    expect(vhosts.items[0]).toMatchObject({ outcome: 'change', changes: [{ field: 'description', from: 'Default', to: '' }] });
  });

  it('skips amq.* queues and exchanges as the broker does', () => {
    const file = parse({ exchanges: [{ name: 'amq.mine', vhost: '/', type: 'direct', durable: true, auto_delete: false }] });
    expect(category(diffDefinitions(file, current, { vhost: null }), 'exchanges').items[0]!.outcome).toBe('skipped');
  });

  it('puts every entry in the target vhost of a one-vhost import, and ignores what that import does not read', () => {
    const file = parse(
      {
        users: [{ name: 'someone', password_hash: 'eA==', tags: [] }],
        queues: [{ name: 'orders', vhost: 'elsewhere', durable: true, auto_delete: false }],
        colour: 'blue',
      },
      'team-a',
    );
    const diff = diffDefinitions(file, { queues: [{ name: 'orders', durable: true, auto_delete: false, arguments: {} }] }, { vhost: 'team-a' });
    expect(category(diff, 'queues').items[0]).toMatchObject({ outcome: 'same', id: [['vhost', 'team-a'], ['name', 'orders']] });
    expect(category(diff, 'users')).toMatchObject({ applies: false, entries: 1, items: [] });
    expect(diff.notes).toEqual([
      { code: 'ignored', keys: ['users', 'colour'] },
      { code: 'otherVhosts', vhosts: ['elsewhere'] },
    ]);
  });

  it('reports what the broker would stop on part way: missing vhosts, users, exchanges and queues, and duplicates', () => {
    const file = parse({
      permissions: [{ user: 'ghost', vhost: 'nowhere', configure: '', write: '', read: '' }],
      queues: [
        { name: 'q', vhost: '/', durable: true, auto_delete: false },
        { name: 'q', vhost: '/', durable: true, auto_delete: false },
      ],
      bindings: [
        { source: 'missing', vhost: '/', destination: 'q', destination_type: 'queue', routing_key: '' },
        { source: 'amq.topic', vhost: '/', destination: 'nope', destination_type: 'exchange', routing_key: '' },
        { source: '', vhost: '/', destination: 'q', destination_type: 'queue', routing_key: 'q' },
      ],
    });
    expect(diffDefinitions(file, current, { vhost: null }).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'queues[1]: the same queue as queues[0]',
      'permissions[0].vhost: virtual host “nowhere” does not exist and the file does not create it',
      'permissions[0].user: user “ghost” does not exist and the file does not create it',
      'bindings[0].source: exchange “missing” does not exist and the file does not create it',
      'bindings[1].destination: exchange “nope” does not exist and the file does not create it',
      'bindings[2].source: the default exchange cannot be bound (every queue is bound to it already)',
    ]);
  });

  it('takes a binding as its identity: there already or new', () => {
    const file = parse({
      bindings: [
        { source: 'shop', vhost: '/', destination: 'orders', destination_type: 'queue', routing_key: 'order.*', arguments: {} },
        { source: 'shop', vhost: '/', destination: 'orders', destination_type: 'queue', routing_key: 'order.eu' },
      ],
    });
    expect(category(diffDefinitions(file, current, { vhost: null }), 'bindings').items.map((item) => item.outcome)).toEqual(['same', 'create']);
  });
});

describe('limitItems and canonical', () => {
  it('lists at most so many entries per outcome, keeping the counts', () => {
    const file = parse({ queues: Array.from({ length: 5 }, (_, i) => ({ name: `q${i}`, vhost: '/', durable: true, auto_delete: false })) });
    const limited = category(limitItems(diffDefinitions(file, current, { vhost: null }), 2), 'queues');
    expect(limited.items).toHaveLength(2);
    expect(limited.counts.create).toBe(5);
  });

  it('writes equal values as equal text whatever their key order', () => {
    expect(canonical({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(canonical({ a: [1, { c: 3, d: 2 }], b: 1 }));
    expect(canonical([])).toBe(canonical({}));
  });
});
