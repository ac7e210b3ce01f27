import { describe, expect, it } from 'vitest';
import { argumentsSchema } from './arguments';
import { bulkPublishSchema, getMessagesSchema, headersSchema, messageSchema, streamQuerySchema } from './messages';

// A request body as it arrives: JSON.parse makes "__proto__" an own key.
const body = (json: string) => JSON.parse(json) as unknown;

describe('named records (arguments, headers)', () => {
  it('refuse "__proto__" with a clear error instead of dropping it', () => {
    for (const schema of [argumentsSchema, headersSchema]) {
      const result = schema.safeParse(body('{"__proto__": "x", "a": "b"}'));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['__proto__'], message: 'The name "__proto__" is not accepted' });
    }
  });

  it('keep keys named like Object methods', () => {
    expect(Object.keys(headersSchema.parse({ valueOf: 'x', constructor: 'y', toString: 1 }))).toEqual(['valueOf', 'constructor', 'toString']);
  });
});

describe('headers', () => {
  it('take nested tables, arrays, null and the tagged AMQP types', () => {
    const headers = {
      nested: { list: [1, 'two', { three: true }], none: null },
      when: { $type: 'timestamp', seconds: 1 },
      raw: { $type: 'bytes', base64: 'AP8=' },
      price: { $type: 'decimal', places: 2, digits: 1999 },
    };
    expect(headersSchema.parse(headers)).toEqual(headers);
  });

  it('refuse bad tagged values, "!" as a name, non-finite numbers and deep nesting', () => {
    expect(headersSchema.safeParse({ raw: { $type: 'bytes', base64: 'not base64!' } }).success).toBe(false);
    expect(headersSchema.safeParse({ t: { '!': 'timestamp' } }).success).toBe(false);
    expect(headersSchema.safeParse({ n: Number.POSITIVE_INFINITY }).success).toBe(false);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 9; i++) deep = { d: deep };
    const result = headersSchema.safeParse({ deep });
    expect(result.error?.issues[0]?.message).toMatch(/nest at most 8 levels/);
  });

  it('refuse a table over 64 KiB', () => {
    const result = messageSchema.safeParse({ headers: { big: 'x'.repeat(70_000) } });
    expect(result.error?.issues[0]).toMatchObject({ path: ['headers'] });
  });
});

describe('a message', () => {
  it('defaults to persistent, mandatory, text', () => {
    expect(messageSchema.parse({})).toEqual({
      routing_key: '',
      properties: { delivery_mode: 2 },
      headers: {},
      payload: '',
      payload_encoding: 'string',
      mandatory: true,
    });
  });

  it('says what is wrong with a JSON or base64 payload', () => {
    expect(messageSchema.safeParse({ payload: '{', payload_encoding: 'json' }).error?.issues[0]?.message).toMatch(/^The payload is not valid JSON/);
    expect(messageSchema.safeParse({ payload: '***', payload_encoding: 'base64' }).error?.issues[0]?.message).toBe('The payload is not valid base64');
    // A bulk template may put placeholders where JSON has numbers.
    expect(messageSchema.safeParse({ payload: '{"n": {{seq}}}', payload_encoding: 'json' }).success).toBe(true);
  });

  it('limits short strings to 255 bytes of UTF-8, not characters', () => {
    expect(messageSchema.safeParse({ routing_key: '水'.repeat(85) }).success).toBe(true); // 255 bytes
    expect(messageSchema.safeParse({ routing_key: '水'.repeat(86) }).error?.issues[0]?.message).toMatch(/at most 255 bytes/);
  });

  it('checks the properties', () => {
    expect(messageSchema.safeParse({ properties: { priority: 256 } }).success).toBe(false);
    expect(messageSchema.safeParse({ properties: { expiration: '10s' } }).error?.issues[0]?.message).toBe('expiration is a number of milliseconds');
    expect(messageSchema.safeParse({ properties: { delivery_mode: 3 } }).success).toBe(false);
    expect(messageSchema.safeParse({ properties: { colour: 'red' } }).success).toBe(false);
  });
});

describe('bulk, get and stream queries', () => {
  it('bound the counts', () => {
    expect(bulkPublishSchema.safeParse({ message: {}, count: 0 }).success).toBe(false);
    expect(bulkPublishSchema.safeParse({ message: {}, count: 1_000_001 }).success).toBe(false);
    expect(getMessagesSchema.safeParse({ count: 1001 }).error?.issues[0]?.message).toBe('Get at most 1000 messages at once');
    expect(getMessagesSchema.parse({})).toMatchObject({ ackmode: 'ack_requeue_true', count: 10 });
  });

  it('read a stream from first, last, next, an offset or a time', () => {
    for (const from of ['first', 'last', 'next', '42', '2026-12-01T10:00:00Z']) expect(streamQuerySchema.safeParse({ from }).success).toBe(true);
    expect(streamQuerySchema.safeParse({ from: 'yesterday' }).error?.issues[0]?.message).toMatch(/^from is first, last/);
  });
});
