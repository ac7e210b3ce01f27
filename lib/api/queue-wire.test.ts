import { describe, expect, it } from 'vitest';
import type { QueueListItem, QueuePage } from '@/lib/api/queues';
import { decodeQueuePage, encodeQueuePage, QUEUE_BROKER_COLUMNS, QUEUE_WIRE_FIELDS } from '@/lib/api/queue-wire';

const meta = { page: 1, page_size: 100, page_count: 1, item_count: 2, filtered_count: 2, total_count: 9 };

const classic: QueueListItem = {
  name: 'orders/eu',
  vhost: '/',
  type: 'classic',
  durable: true,
  auto_delete: false,
  exclusive: false,
  arguments: { 'x-message-ttl': 1000 },
  policy: 'ttl',
  operator_policy: null,
  state: 'running',
  idle_since: '2026-01-01T00:00:00.000+00:00',
  consumers: 0,
  consumer_utilisation: 0,
  messages_ready: 5,
  messages_unacknowledged: 0,
  messages: 5,
  message_bytes_ready: 10,
  message_bytes_unacknowledged: 0,
  message_bytes: 10,
  message_stats: { publish_details: { rate: 1.23456 }, ack_details: { rate: 0 } },
};

// A stream right after declaration: no stats yet, no bytes.
const stream: QueueListItem = { name: '水续传', vhost: 'team-a', type: 'stream', durable: true, auto_delete: false, exclusive: false, arguments: {} };

describe('queue list wire format', () => {
  it('round-trips a page, keeping zero apart from unknown', () => {
    const page: QueuePage = { ...meta, items: [classic, stream] };
    const decoded = decodeQueuePage(encodeQueuePage(page));
    expect(decoded).toMatchObject(meta);
    expect(decoded.items[0]).toEqual({
      ...classic,
      operator_policy: undefined,
      message_stats: { publish_details: { rate: 1.23 }, ack_details: { rate: 0 } },
    });
    expect(decoded.items[0]).not.toHaveProperty('operator_policy');
    expect(decoded.items[1]).toEqual(stream);
    expect(decoded.items[1]).not.toHaveProperty('messages');
    expect(decoded.items[1]).not.toHaveProperty('message_stats');
  });

  it('is several times smaller than the same objects', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ ...classic, name: `orders-${i}` }));
    const page: QueuePage = { ...meta, items };
    expect(JSON.stringify(encodeQueuePage(page)).length).toBeLessThan(JSON.stringify(page).length / 2.5);
  });

  it('decodes by the field list it carries, so field order can change', () => {
    const wire = encodeQueuePage({ ...meta, items: [classic] });
    const reordered = { ...wire, fields: [...wire.fields].reverse(), rows: wire.rows.map((row) => [...row, ...Array(wire.fields.length - row.length).fill(null)].reverse()) };
    expect(decodeQueuePage(reordered).items[0]?.name).toBe('orders/eu');
  });

  it('decodes the same page to the same rows every time (the table then skips rendering them again)', () => {
    const wire = encodeQueuePage({ ...meta, items: [classic] });
    expect(decodeQueuePage(wire)).toBe(decodeQueuePage(wire));
    expect(decodeQueuePage({ ...wire })).not.toBe(decodeQueuePage(wire));
  });
});

describe('QUEUE_BROKER_COLUMNS', () => {
  it('asks the broker for exactly the fields that travel, rates as their current value', () => {
    expect(QUEUE_BROKER_COLUMNS).toHaveLength(QUEUE_WIRE_FIELDS.length);
    expect(QUEUE_BROKER_COLUMNS).toContain('messages_ready');
    expect(QUEUE_BROKER_COLUMNS).toContain('message_stats.publish_details.rate');
    expect(QUEUE_BROKER_COLUMNS).not.toContain('publish_rate');
  });
});

describe('the queue wire codec, by property', () => {
  it('decoding an encoded page gives the page back', async () => {
    const fc = (await import('fast-check')).default;
    const optionalNumber = fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: undefined });
    const rate = fc.option(fc.integer({ min: 0, max: 100_000 }).map((n) => ({ rate: n / 100 })), { nil: undefined });
    const item = fc.record({
      name: fc.string({ minLength: 1 }),
      vhost: fc.string({ minLength: 1 }),
      type: fc.option(fc.constantFrom('classic', 'quorum', 'stream'), { nil: undefined }),
      durable: fc.boolean(),
      auto_delete: fc.boolean(),
      exclusive: fc.boolean(),
      arguments: fc.dictionary(fc.string({ minLength: 1 }), fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxKeys: 3 }),
      policy: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      state: fc.option(fc.constantFrom('running', 'idle', 'down', 'flow'), { nil: undefined }),
      consumers: optionalNumber,
      messages_ready: optionalNumber,
      messages_unacknowledged: optionalNumber,
      messages: optionalNumber,
      message_bytes: optionalNumber,
      message_stats: fc.option(fc.record({ publish_details: rate, ack_details: rate }, { requiredKeys: [] }), { nil: undefined }),
    }, { requiredKeys: ['name', 'vhost', 'durable', 'auto_delete', 'exclusive', 'arguments'] });
    // What the decoder cannot tell apart: an absent field and undefined, stats without rates and none.
    const normal = (queue: Record<string, unknown>) => {
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(queue)) if (v !== undefined) copy[k] = v;
      const stats = Object.fromEntries(Object.entries((copy.message_stats as Record<string, unknown>) ?? {}).filter(([, v]) => v !== undefined));
      if (Object.keys(stats).length) copy.message_stats = stats;
      else delete copy.message_stats;
      return copy;
    };
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), (items) => {
        const page = { ...meta, item_count: items.length, items: items as QueueListItem[] };
        const decoded = decodeQueuePage(JSON.parse(JSON.stringify(encodeQueuePage(page))));
        expect(decoded.items.map((q) => normal(q as unknown as Record<string, unknown>))).toEqual(items.map((q) => normal(q)));
        expect({ ...decoded, items: [] }).toEqual({ ...meta, item_count: items.length, items: [] });
      }),
      { numRuns: 500 },
    );
  });
});
