import { describe, expect, it } from 'vitest';
import { exchangeFromSegment, exchangeSegment } from '@/lib/api/segments';
import {
  declareExchangeSchema,
  exchangeNameSchema,
  isBuiltInExchange,
  routeTestQuerySchema,
  routeTestSchema,
} from './exchange';

describe('exchange names', () => {
  it('counts UTF-8 bytes, not characters: 85 Chinese characters fit, 86 do not', () => {
    expect(exchangeNameSchema.safeParse('交'.repeat(85)).success).toBe(true);
    const result = exchangeNameSchema.safeParse('交'.repeat(86));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/255 bytes/);
    expect(exchangeNameSchema.safeParse('').success).toBe(false);
  });

  it('keeps awkward names as they are (no trimming)', () => {
    expect(exchangeNameSchema.parse(' a/b%c#d?e "q" <script> ')).toBe(' a/b%c#d?e "q" <script> ');
  });

  it('maps the default exchange to the broker’s amq.default path segment and back', () => {
    expect(exchangeSegment('')).toBe('amq.default');
    expect(exchangeSegment('orders')).toBe('orders');
    expect(exchangeFromSegment('amq.default')).toBe('');
    // Regression: "(AMQP default)" was the default exchange's page segment, so a real exchange of that name had no page.
    expect(exchangeFromSegment('(AMQP default)')).toBe('(AMQP default)');
  });

  it('knows the built-in exchanges', () => {
    expect(isBuiltInExchange('')).toBe(true);
    expect(isBuiltInExchange('amq.topic')).toBe(true);
    expect(isBuiltInExchange('amq.rabbitmq.trace')).toBe(true);
    expect(isBuiltInExchange('amqx')).toBe(false);
    expect(isBuiltInExchange('my.amq.x')).toBe(false);
  });
});

describe('declareExchangeSchema', () => {
  it('defaults like the official form: durable, not auto-delete, not internal, no arguments', () => {
    expect(declareExchangeSchema.parse({ type: 'topic' })).toEqual({
      type: 'topic',
      durable: true,
      auto_delete: false,
      internal: false,
      arguments: {},
    });
  });

  it('accepts plugin types and refuses junk', () => {
    expect(declareExchangeSchema.safeParse({ type: 'x-consistent-hash' }).success).toBe(true);
    expect(declareExchangeSchema.safeParse({ type: 'x-delayed-message' }).success).toBe(true);
    expect(declareExchangeSchema.safeParse({ type: '' }).success).toBe(false);
    expect(declareExchangeSchema.safeParse({ type: 'a b' }).success).toBe(false);
  });

  it('takes typed arguments', () => {
    const parsed = declareExchangeSchema.parse({ type: 'direct', arguments: { 'alternate-exchange': 'ae', n: 1, b: true, l: ['a'] } });
    expect(parsed.arguments).toEqual({ 'alternate-exchange': 'ae', n: 1, b: true, l: ['a'] });
    expect(declareExchangeSchema.safeParse({ type: 'direct', arguments: { n: { nested: 1 } } }).success).toBe(false);
  });
});

describe('route test input', () => {
  it('POST body: routing key and typed headers, both optional', () => {
    expect(routeTestSchema.parse({})).toEqual({ routing_key: '', headers: {} });
    expect(routeTestSchema.parse({ routing_key: 'a.b', headers: { format: 'pdf', n: 1 } })).toEqual({
      routing_key: 'a.b',
      headers: { format: 'pdf', n: 1 },
    });
  });

  it('GET query: headers as JSON, with a clear message when it is not', () => {
    expect(routeTestQuerySchema.parse({ routing_key: 'k', headers: '{"a":true}' })).toEqual({ routing_key: 'k', headers: { a: true } });
    expect(routeTestQuerySchema.parse({})).toEqual({ routing_key: '', headers: {} });
    const bad = routeTestQuerySchema.safeParse({ headers: '[1,2]' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/JSON object/);
    expect(routeTestQuerySchema.safeParse({ headers: 'not json' }).success).toBe(false);
  });
});
