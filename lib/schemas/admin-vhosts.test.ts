import { describe, expect, it } from 'vitest';
import {
  clusterNameBodySchema,
  featureFlagParams,
  limitInputSchema,
  newVhostNameSchema,
  tagsProblem,
  vhostBodyFromForm,
  vhostBodySchema,
  vhostFormSchema,
  vhostLimitBodySchema,
  vhostLimitParams,
  vhostListQuerySchema,
  vhostPutConditionSchema,
} from './admin-vhosts';

describe('vhost names', () => {
  it('accepts awkward names and refuses "." and ".." and names over 255 bytes', () => {
    for (const name of ['/', 'a/b', '<img src=x onerror=alert(1)>', '水续传', 'with space', '%2F']) {
      expect(newVhostNameSchema.safeParse(name).success, name).toBe(true);
    }
    for (const name of ['', '.', '..', '水'.repeat(86), 'a\u0000b', 'a\nb', '\t']) expect(newVhostNameSchema.safeParse(name).success, name).toBe(false);
  });
});

describe('vhostBodySchema', () => {
  it('leaves out what is not given (the vhost keeps it)', () => {
    expect(vhostBodySchema.parse({})).toEqual({});
  });

  // The broker's PUT with tracing alone empties the description and tags: Warren takes no tracing.
  it('refuses tracing and other unknown fields', () => {
    expect(vhostBodySchema.safeParse({ tracing: true }).success).toBe(false);
    expect(vhostBodySchema.safeParse({ description: 'x', name: 'y' }).success).toBe(false);
  });

  it('refuses tags with commas, empty tags and unknown queue types', () => {
    expect(vhostBodySchema.safeParse({ tags: ['a,b'] }).success).toBe(false);
    expect(vhostBodySchema.safeParse({ tags: ['  '] }).success).toBe(false);
    expect(vhostBodySchema.safeParse({ default_queue_type: 'lazy' }).success).toBe(false);
    expect(vhostBodySchema.parse({ tags: [' a '], default_queue_type: 'quorum' })).toEqual({ tags: ['a'], default_queue_type: 'quorum' });
  });

  // RabbitMQ 3.10 stored the tag "水" and read it back as "æ°´" (tags are atoms made from Latin-1 bytes).
  it('refuses tags outside printable ASCII, before the broker garbles them', () => {
    expect(vhostBodySchema.safeParse({ tags: ['水'] }).success).toBe(false);
    expect(vhostBodySchema.safeParse({ tags: ['café'] }).success).toBe(false);
    expect(vhostBodySchema.safeParse({ tags: ['prod-1', '<b>x</b>', 'a b'] }).success).toBe(true);
    expect(tagsProblem('prod, 水')).toBe('ascii');
    expect(tagsProblem(Array.from({ length: 65 }, (_, i) => `t${i}`).join(','))).toBe('count');
    expect(tagsProblem('a, b')).toBeNull();
    expect(vhostFormSchema.safeParse({ name: 'v', description: '', tags: 'prod, 水', default_queue_type: '' }).success).toBe(false);
  });

  it('is what the forms send', () => {
    expect(vhostBodyFromForm({ description: 'd', tags: 'a, b, a', default_queue_type: '' })).toEqual({ description: 'd', tags: ['a', 'b'] });
    expect(vhostBodyFromForm({ description: '', tags: '', default_queue_type: 'stream' })).toEqual({ description: '', tags: [], default_queue_type: 'stream' });
  });
});

describe('vhostPutConditionSchema', () => {
  it('reads If-None-Match: * as create only and If-Match: * as update only', () => {
    expect(vhostPutConditionSchema.parse({ 'if-none-match': '*', 'if-match': null })).toBe('create');
    expect(vhostPutConditionSchema.parse({ 'if-none-match': null, 'if-match': '*' })).toBe('update');
    expect(vhostPutConditionSchema.parse({ 'if-none-match': null, 'if-match': null })).toBe('any');
  });

  it('refuses both at once and entity tags it has none of', () => {
    expect(vhostPutConditionSchema.safeParse({ 'if-none-match': '*', 'if-match': '*' }).success).toBe(false);
    expect(vhostPutConditionSchema.safeParse({ 'if-none-match': '"abc"', 'if-match': null }).success).toBe(false);
  });
});

describe('vhost list query', () => {
  it('takes the list query and the selector’s flags', () => {
    expect(vhostListQuerySchema.parse({ pagination: 'true', page: '2', sort: 'messages' })).toMatchObject({ pagination: 'true', page: 2, page_size: 100, sort: 'messages' });
    expect(vhostListQuerySchema.parse({ fresh: 'true' })).toMatchObject({ fresh: 'true', page: 1 });
    expect(vhostListQuerySchema.safeParse({ pagination: 'yes' }).success).toBe(false);
    expect(vhostListQuerySchema.safeParse({ page_size: '501' }).success).toBe(false);
  });
});

describe('limits', () => {
  it('knows the two vhost limits only', () => {
    expect(vhostLimitParams.safeParse({ vhost: '/', name: 'max-queues' }).success).toBe(true);
    expect(vhostLimitParams.safeParse({ vhost: '/', name: 'max-connections' }).success).toBe(true);
    expect(vhostLimitParams.safeParse({ vhost: '/', name: 'max-channels' }).success).toBe(false);
  });

  it('takes whole numbers from -1 (no limit) up; the broker refuses a number in a string', () => {
    expect(vhostLimitBodySchema.safeParse({ value: -1 }).success).toBe(true);
    expect(vhostLimitBodySchema.safeParse({ value: 0 }).success).toBe(true);
    for (const value of [-2, 1.5, '3', null]) expect(vhostLimitBodySchema.safeParse({ value }).success, String(value)).toBe(false);
    expect(vhostLimitBodySchema.safeParse({ value: 1, extra: 1 }).success).toBe(false);
  });

  it('reads the form’s text', () => {
    expect(limitInputSchema.parse(' 10 ')).toBe(10);
    expect(limitInputSchema.parse('-1')).toBe(-1);
    for (const text of ['', 'ten', '1e3', '-2', '1.5']) expect(limitInputSchema.safeParse(text).success, text).toBe(false);
  });
});

describe('clusterNameBodySchema', () => {
  // RabbitMQ 3.10 accepts PUT /api/cluster-name {"name": ""} and the cluster is then nameless.
  it('refuses an empty or blank name', () => {
    expect(clusterNameBodySchema.safeParse({ name: '' }).success).toBe(false);
    expect(clusterNameBodySchema.safeParse({ name: '   ' }).success).toBe(false);
    expect(clusterNameBodySchema.safeParse({}).success).toBe(false);
  });

  it('trims, and refuses several lines and names over 255 bytes', () => {
    expect(clusterNameBodySchema.parse({ name: ' prod 集群 ' })).toEqual({ name: 'prod 集群' });
    expect(clusterNameBodySchema.safeParse({ name: 'a\nb' }).success).toBe(false);
    expect(clusterNameBodySchema.safeParse({ name: 'a'.repeat(256) }).success).toBe(false);
  });
});

describe('featureFlagParams', () => {
  it('takes the broker’s flag names only', () => {
    expect(featureFlagParams.safeParse({ name: 'stream_queue' }).success).toBe(true);
    for (const name of ['', 'Stream', '../x', 'a b', 'a.b']) expect(featureFlagParams.safeParse({ name }).success, name).toBe(false);
  });
});
