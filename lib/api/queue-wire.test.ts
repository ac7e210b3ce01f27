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
