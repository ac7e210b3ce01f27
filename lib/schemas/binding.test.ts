import { describe, expect, it } from 'vitest';
import { bindingParams, createBindingSchema, destinationCode } from './binding';

describe('createBindingSchema', () => {
  it('defaults to an empty routing key and no arguments', () => {
    expect(createBindingSchema.parse({})).toEqual({ routing_key: '', arguments: {} });
  });

  it('accepts the four x-match values and says which ones exist otherwise', () => {
    for (const value of ['all', 'any', 'all-with-x', 'any-with-x']) {
      expect(createBindingSchema.safeParse({ arguments: { 'x-match': value } }).success).toBe(true);
    }
    const bad = createBindingSchema.safeParse({ arguments: { 'x-match': 'ALL' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('x-match is one of all, any, all-with-x or any-with-x');
    expect(createBindingSchema.safeParse({ arguments: { 'x-match': 1 } }).success).toBe(false);
  });

  it('limits the routing key to 255 UTF-8 bytes', () => {
    expect(createBindingSchema.safeParse({ routing_key: 'a'.repeat(255) }).success).toBe(true);
    expect(createBindingSchema.safeParse({ routing_key: '键'.repeat(86) }).success).toBe(false);
  });
});

describe('binding paths', () => {
  it('uses the management API’s destination codes', () => {
    expect(destinationCode('queue')).toBe('q');
    expect(destinationCode('exchange')).toBe('e');
  });

  it('takes properties keys as the broker makes them', () => {
    expect(bindingParams.safeParse({ vhost: '/', source: 'x', destination: 'q', props: '~' }).success).toBe(true);
    expect(bindingParams.safeParse({ vhost: '/', source: 'x', destination: 'q', props: 'a.%23~8IXMRA' }).success).toBe(true);
    expect(bindingParams.safeParse({ vhost: '/', source: 'x', destination: 'q', props: '' }).success).toBe(false);
  });
});
