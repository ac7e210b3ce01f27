import { describe, expect, it } from 'vitest';
import { formatPath, parseDefinitions, type DefinitionProblem } from './definitions';

const broker = { vhost: null };
const problems = (input: unknown, scope: { vhost: string | null } = broker, version = '3.10.8'): string[] => {
  const result = parseDefinitions(input, scope, version);
  return result.ok ? [] : result.problems.map((problem: DefinitionProblem) => `${problem.path}: ${problem.message}`);
};

const queue = (name: string, args: Record<string, unknown> = {}) => ({ name, vhost: '/', durable: true, auto_delete: false, arguments: args });

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots (odd keys quoted)', () => {
    expect(formatPath(['queues', 3, 'arguments', 'x-max-length'])).toBe('queues[3].arguments.x-max-length');
    expect(formatPath(['policies', 0, 'definition', 'a.b'])).toBe('policies[0].definition["a.b"]');
    expect(formatPath([])).toBe('');
  });
});

describe('parseDefinitions', () => {
  it('takes what the broker exports', () => {
    const exported = {
      rabbit_version: '3.10.8',
      rabbitmq_version: '3.10.8',
      product_name: 'RabbitMQ',
      product_version: '3.10.8',
      users: [{ name: 'app', password_hash: 'YWJj', hashing_algorithm: 'rabbit_password_hashing_sha256', tags: ['management'], limits: {} }],
      vhosts: [{ name: '/' }],
      permissions: [{ user: 'app', vhost: '/', configure: '.*', write: '.*', read: '.*' }],
      topic_permissions: [],
      parameters: [{ value: [], vhost: '/', component: 'vhost-limits', name: 'limits' }],
      global_parameters: [{ name: 'cluster_name', value: 'rabbit@x' }],
      policies: [{ vhost: '/', name: 'ha', pattern: '^ha\\.', 'apply-to': 'queues', definition: { 'ha-mode': 'all' }, priority: 0 }],
      queues: [queue('orders', { 'x-max-length': 10, 'x-queue-type': 'classic' })],
      exchanges: [{ name: 'shop', vhost: '/', type: 'topic', durable: true, auto_delete: false, internal: false, arguments: {} }],
      bindings: [{ source: 'shop', vhost: '/', destination: 'orders', destination_type: 'queue', routing_key: 'order.*', arguments: {} }],
    };
    const result = parseDefinitions(exported, broker, '3.10.8');
    expect(result.ok).toBe(true);
    // Unknown fields stay: the broker is sent the file as it is.
    expect(result.ok && result.file.product_name).toBe('RabbitMQ');
  });

  it('names the entry and the field of each problem', () => {
    const file = {
      queues: [queue('a'), queue('b'), queue('c'), queue('d', { 'x-max-length': 'ten' })],
      exchanges: [{ name: 'x', vhost: '/', durable: 'yes', auto_delete: false }],
      bindings: [{ source: 'x', vhost: '/', destination: 'd', destination_type: 'topic', routing_key: '' }],
    };
    expect(problems(file)).toEqual([
      'queues[3].arguments.x-max-length: expected a number',
      'exchanges[0].type: required',
      'exchanges[0].durable: expected true or false',
      'bindings[0].destination_type: expected queue or exchange',
    ]);
  });

  it('checks policy definitions, patterns and permissions’ regular expressions', () => {
    const file = {
      policies: [
        { vhost: '/', name: 'p', pattern: '^(a', definition: { 'max-length': 1 } },
        { vhost: '/', name: 'q', pattern: '.*', definition: { 'message-ttl': -1 } },
      ],
      permissions: [{ user: 'u', vhost: '/', configure: '[', write: '.*', read: '.*' }],
    };
    const found = problems(file);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^permissions\[0\]\.configure: Invalid regular expression/);
    expect(found[1]).toMatch(/^policies\[0\]\.pattern: Invalid regular expression/);
    expect(found[2]).toBe('policies[1].definition.message-ttl: expected a whole number of at least 0');
  });

  it('refuses the user entries that would stop the broker’s import midway: no tags, password and hash, a hash not base64', () => {
    const problems = (user: Record<string, unknown>) => {
      const parsed = parseDefinitions({ users: [user] }, { vhost: null });
      return parsed.ok ? [] : parsed.problems;
    };
    expect(problems({ name: 'a', password_hash: 'YWJj', tags: [] })).toEqual([]);
    expect(problems({ name: 'a', password_hash: 'YWJj' })).toEqual([expect.objectContaining({ path: 'users[0].tags' })]);
    expect(problems({ name: 'a', password: 'p', password_hash: 'YWJj', tags: '' })).toEqual([expect.objectContaining({ path: 'users[0].password' })]);
    expect(problems({ name: 'a', password_hash: 'not base64!', tags: '' })).toEqual([{ path: 'users[0].password_hash', message: 'expected base64' }]);
  });

  it('refuses apply-to values that the broker’s version does not take', () => {
    const file = { policies: [{ vhost: '/', name: 'p', pattern: '.*', 'apply-to': 'quorum_queues', definition: { 'delivery-limit': 3 } }] };
    expect(problems(file, broker, '3.10.8')).toEqual(['policies[0].apply-to: RabbitMQ 3.10.8 takes all, exchanges or queues (the queue types came with 3.12)']);
    expect(problems(file, broker, '3.13.1')).toEqual([]);
  });

  it('needs a vhost on each entry of a whole-broker file, not of a file for one vhost', () => {
    const file = { queues: [{ name: 'q', durable: true, auto_delete: false }] };
    expect(problems(file)).toEqual(['queues[0].vhost: required']);
    expect(problems(file, { vhost: 'team-a' })).toEqual([]);
  });

  it('refuses a file nested thousands of levels deep before anything walks it recursively', () => {
    let deep: unknown = { a: 1 };
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const parsed = parseDefinitions({ parameters: [{ vhost: '/', component: 'c', name: 'n', value: deep }] }, { vhost: null });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problems[0]!.message).toMatch(/more than 64 levels deep/);
  });

  it('says when the file is not a definitions file at all', () => {
    expect(problems([1, 2])).toEqual([': The file is not a definitions file: expected a JSON object']);
    expect(problems({ queues: { name: 'q' } })).toEqual(['queues: expected a list']);
  });
});
