import { describe, expect, it } from 'vitest';
import { essentials, MAX_ESSENTIALS_CHARS } from './essentials';

describe('audit essentials', () => {
  it('never keeps a password or secret, at any depth and in any spelling', () => {
    const kept = essentials({
      username: 'ops',
      password: 'hunter2',
      tags: ['administrator'],
      nested: { Password_Hash: 'abc', 'new-password': 'x', token: 't', keep: 1 },
      users: [{ name: 'a', password_hash: 'h' }],
    });
    expect(JSON.stringify(kept)).not.toMatch(/hunter2|"abc"|"h"|"t"/);
    expect(kept).toEqual({ username: 'ops', tags: ['administrator'], nested: { keep: 1 }, users: [{ name: 'a' }] });
  });

  it('keeps a message body as its size only', () => {
    const kept = essentials({ routing_key: 'orders', payload: 'secret order 水', properties: { delivery_mode: 2 }, message: { payload: 'abc' } });
    expect(kept).toEqual({ routing_key: 'orders', payload_bytes: 16, properties: { delivery_mode: 2 }, message: { payload_bytes: 3 } });
  });

  it('bounds long strings, long lists, deep nesting and the whole entry', () => {
    const kept = essentials({ s: 'x'.repeat(500), list: Array.from({ length: 30 }, (_, i) => i), deep: { a: { b: { c: { d: 1 } } } } }) as Record<string, unknown>;
    expect(kept.s).toBe(`${'x'.repeat(200)}… (500 characters)`);
    expect(kept.list).toHaveLength(21);
    expect((kept.list as unknown[])[20]).toBe('… 10 more');
    expect(kept.deep).toEqual({ a: { b: { c: '{…}' } } });
    const huge = essentials(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`key${i}`, 'v'.repeat(100)]))) as { truncated: boolean; keys: string[] };
    expect(JSON.stringify(huge).length).toBeLessThan(MAX_ESSENTIALS_CHARS);
    expect(huge.truncated).toBe(true);
    expect(huge.keys).toHaveLength(20);
  });

  it('keeps "__proto__" as data and leaves empty bodies out', () => {
    const kept = essentials(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.keys(kept)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(essentials({})).toBeUndefined();
    expect(essentials(undefined)).toBeUndefined();
  });
});
