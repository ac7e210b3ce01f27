import { describe, expect, it } from 'vitest';
import {
  queueBulkActionSchema,
  queueDeclareSchema,
  queueDeleteQuerySchema,
  queueFormSchema,
  queueNameSchema,
  reservedNameProblem,
  utf8Length,
} from './queue';

describe('queueNameSchema', () => {
  it('counts UTF-8 bytes, not characters', () => {
    // 85 Chinese characters are 255 bytes: allowed; 86 are 258 bytes: refused although far below 255 characters.
    expect(queueNameSchema.safeParse('水'.repeat(85)).success).toBe(true);
    const result = queueNameSchema.safeParse('水'.repeat(86));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at most 255 bytes.*258 bytes/);
    expect(queueNameSchema.safeParse('a'.repeat(255)).success).toBe(true);
    expect(queueNameSchema.safeParse('a'.repeat(256)).success).toBe(false);
    expect(queueNameSchema.safeParse('').success).toBe(false);
  });

  it('accepts awkward but legal names', () => {
    for (const name of ['a/b', '100%', 'a#b?c', 'with space', `"quoted'`, '<script>alert(1)</script>', '水续传']) {
      expect(queueNameSchema.safeParse(name).success, name).toBe(true);
    }
  });

  it('measures bytes like the broker', () => {
    expect(utf8Length('水续传')).toBe(9);
    expect(utf8Length('abc')).toBe(3);
  });
});

describe('queueDeclareSchema', () => {
  it('defaults to a durable classic queue', () => {
    expect(queueDeclareSchema.parse({})).toEqual({ type: 'classic', durable: true, auto_delete: false, arguments: {} });
  });

  it('lets classic queues be transient and auto-delete', () => {
    expect(queueDeclareSchema.safeParse({ type: 'classic', durable: false, auto_delete: true }).success).toBe(true);
  });

  it('refuses transient or auto-delete quorum queues and streams', () => {
    for (const type of ['quorum', 'stream'] as const) {
      expect(queueDeclareSchema.safeParse({ type, durable: false }).success).toBe(false);
      expect(queueDeclareSchema.safeParse({ type, auto_delete: true }).success).toBe(false);
      expect(queueDeclareSchema.safeParse({ type, durable: true }).success).toBe(true);
    }
  });

  it('refuses an x-queue-type argument that contradicts the type', () => {
    expect(queueDeclareSchema.safeParse({ type: 'classic', arguments: { 'x-queue-type': 'quorum' } }).success).toBe(false);
    expect(queueDeclareSchema.safeParse({ type: 'quorum', arguments: { 'x-queue-type': 'quorum' } }).success).toBe(true);
  });

  it('refuses unknown types', () => {
    expect(queueDeclareSchema.safeParse({ type: 'mirrored' }).success).toBe(false);
  });
});

describe('queueFormSchema', () => {
  const form = { vhost: '/', name: 'orders', type: 'classic', durable: true, auto_delete: false } as const;

  it('refuses reserved amq. names before the broker sees them', () => {
    expect(queueFormSchema.safeParse(form).success).toBe(true);
    const result = queueFormSchema.safeParse({ ...form, name: 'amq.mine' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/reserved/);
    expect(reservedNameProblem('amq.x')).toMatch(/reserved/);
    expect(reservedNameProblem('amqx')).toBeNull();
  });

  it('applies the type rules', () => {
    expect(queueFormSchema.safeParse({ ...form, type: 'stream', durable: false }).success).toBe(false);
    expect(queueFormSchema.safeParse({ ...form, type: 'quorum', auto_delete: true }).success).toBe(false);
  });
});

describe('queueDeleteQuerySchema', () => {
  it('reads if_empty and if_unused flags', () => {
    expect(queueDeleteQuerySchema.parse({ if_empty: 'true', if_unused: '0' })).toEqual({ if_empty: true, if_unused: false });
    expect(queueDeleteQuerySchema.parse({})).toEqual({});
    expect(queueDeleteQuerySchema.safeParse({ if_empty: 'yes' }).success).toBe(false);
  });
});

describe('queueBulkActionSchema', () => {
  it('takes 1 to 500 queues and purge or delete', () => {
    const queue = { vhost: '/', name: 'q' };
    expect(queueBulkActionSchema.safeParse({ action: 'purge', queues: [queue] }).success).toBe(true);
    expect(queueBulkActionSchema.safeParse({ action: 'purge', queues: [] }).success).toBe(false);
    expect(queueBulkActionSchema.safeParse({ action: 'delete', queues: Array(500).fill(queue) }).success).toBe(true);
    expect(queueBulkActionSchema.safeParse({ action: 'delete', queues: Array(501).fill(queue) }).success).toBe(false);
    expect(queueBulkActionSchema.safeParse({ action: 'move', queues: [queue] }).success).toBe(false);
  });
});
