import { describe, expect, it } from 'vitest';
import { SERIES_KEYS, SERIES_KINDS, type SeriesKind } from '@/lib/api/series';
import recorded from './series.fixtures.json';
import { seriesFields, seriesQuery, toSeries, type SeriesField } from './series';

// The broker's answers, recorded from RabbitMQ 3.10.8 with the queries seriesQuery builds (range
// 60 s, samples every 5 s) while traffic ran through queue charts-probe (~100 msg/s in).

type Sample = { sample: number; timestamp: number };

/** The object getSeries converts: the vhost comes from the list, filtered to its name. */
function answer(kind: SeriesKind): unknown {
  const value = (recorded as Record<string, unknown>)[kind];
  return kind === 'vhost' ? (value as { items: unknown[] }).items[0] : value;
}

function samples(object: unknown, field: SeriesField): Sample[] {
  let node: unknown = object;
  for (const step of field.path) node = (node as Record<string, unknown> | undefined)?.[step];
  return [...((node as { samples?: Sample[] } | undefined)?.samples ?? [])].sort((a, b) => a.timestamp - b.timestamp);
}

describe('toSeries with recorded broker answers', () => {
  it.each(SERIES_KINDS)('%s: every series of the kind, aligned on ascending timestamps', (kind) => {
    const fields = seriesFields(kind);
    const { timestamps, series } = toSeries(answer(kind), fields);
    expect(Object.keys(series)).toEqual([...SERIES_KEYS[kind]]);
    expect(timestamps.length).toBeGreaterThan(10);
    expect(fields.filter((field) => samples(answer(kind), field).length > 0).length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < timestamps.length; i++) expect(timestamps[i]! - timestamps[i - 1]!).toBe(5000);
    for (const field of fields) {
      const values = series[field.key]!;
      expect(values).toHaveLength(timestamps.length);
      const recordedSamples = samples(answer(kind), field);
      // A publishing channel has no deliveries: the broker sends no such stats at all.
      if (recordedSamples.length === 0) expect(values.every((v) => v === null)).toBe(true);
      recordedSamples.forEach((sample, i) => {
        const at = timestamps.indexOf(sample.timestamp);
        // The oldest sample of a counter starts the first interval: it has no rate of its own.
        if (field.rate && i === 0) return expect(at === -1 || values[at] === null).toBe(true);
        expect(at, `${field.key} @ ${sample.timestamp}`).toBeGreaterThanOrEqual(0);
        if (!field.rate) expect(values[at]).toBe(sample.sample);
        // As the official UI computes rates, drawn at the later sample.
        else expect(values[at]).toBeCloseTo(((sample.sample - recordedSamples[i - 1]!.sample) * 1000) / 5000, 2);
      });
    }
  });

  it('queue: the lengths as sampled, the rates per second, none yet at the newest length sample', () => {
    const { timestamps, series } = toSeries(answer('queue'), seriesFields('queue'));
    const last = timestamps.length - 1;
    expect([series.ready![last], series.unacked![last], series.total![last]]).toEqual([183, 40, 223]);
    // The broker samples lengths 5 s ahead of the rates: the newest rate is one step back.
    expect(series.publish![last]).toBeNull();
    expect(series.publish![last - 1]).toBe(100);
    expect(series.ack![last - 1]).toBeCloseTo(91, 0);
    expect(series.deliver_get![last - 1]).toBeCloseTo(135.4, 1);
  });

  it('exchange: what came in (and the unroutable) and what went out', () => {
    const { series } = toSeries(answer('exchange'), seriesFields('exchange'));
    const latest = (values: Array<number | null>) => values.filter((v) => v !== null).at(-1);
    expect(latest(series.publish_in!)).toBe(105);
    expect(latest(series.publish_out!)).toBe(100);
  });

  it('connection: bytes per second from the client and to it', () => {
    const { series } = toSeries(answer('connection'), seriesFields('connection'));
    expect(Math.max(...series.recv_oct!.filter((v) => v !== null))).toBeGreaterThan(10_000);
    expect(Math.max(...series.send_oct!.filter((v) => v !== null))).toBeGreaterThan(10_000);
  });

  it('overview: queued messages come from queue_totals', () => {
    expect(seriesFields('overview').find((f) => f.key === 'total')?.path).toEqual(['queue_totals', 'messages_details']);
    const { series } = toSeries(answer('overview'), seriesFields('overview'));
    expect(series.total!.some((v) => v !== null && v > 0)).toBe(true);
  });
});

describe('toSeries edge cases', () => {
  const counter: SeriesField = { key: 'publish', path: ['message_stats', 'publish_details'], rate: true };
  const gauge: SeriesField = { key: 'total', path: ['messages_details'], rate: false };
  const at = (...pairs: Array<[number, number]>) => ({ samples: pairs.map(([timestamp, sample]) => ({ timestamp, sample })) });

  it('sorts newest-first samples, and leaves out what is not a sample', () => {
    const object = { messages_details: { samples: [{ timestamp: 10_000, sample: 3 }, { timestamp: 5000, sample: 1 }, { timestamp: 'x', sample: 2 }, null] } };
    expect(toSeries(object, [gauge])).toEqual({ timestamps: [5000, 10_000], series: { total: [1, 3] } });
  });

  it('a counter that went down was reset: no rate for that interval (not a negative one)', () => {
    const object = { message_stats: { publish_details: at([0, 100], [5000, 150], [10_000, 20], [15_000, 70]) } };
    expect(toSeries(object, [counter]).series.publish).toEqual([10, null, 10]);
  });

  it('two samples at one timestamp give no rate rather than a division by zero', () => {
    const object = { message_stats: { publish_details: at([0, 1], [0, 5], [5000, 10]) } };
    const { series } = toSeries(object, [counter]);
    expect(series.publish!.every((v) => v === null || Number.isFinite(v))).toBe(true);
  });

  it('a series the broker did not send is all null; nothing at all is empty', () => {
    const object = { messages_details: at([0, 1], [5000, 2]) };
    expect(toSeries(object, [gauge, counter])).toEqual({ timestamps: [0, 5000], series: { total: [1, 2], publish: [null, null] } });
    expect(toSeries({}, [gauge, counter])).toEqual({ timestamps: [], series: { total: [], publish: [] } });
    expect(toSeries(undefined, [gauge])).toEqual({ timestamps: [], series: { total: [] } });
  });
});

describe('seriesQuery', () => {
  it('asks for the families the kind charts, with the range and its spacing, and only the samples charted', () => {
    expect(seriesQuery('queue', 600)).toEqual({
      lengths_age: 600,
      lengths_incr: 5,
      msg_rates_age: 600,
      msg_rates_incr: 5,
      columns:
        'messages_ready_details.samples,messages_unacknowledged_details.samples,messages_details.samples,' +
        'message_stats.publish_details.samples,message_stats.deliver_get_details.samples,' +
        'message_stats.redeliver_details.samples,message_stats.ack_details.samples',
    });
    expect(seriesQuery('connection', 3600)).toMatchObject({ data_rates_age: 3600, data_rates_incr: 60 });
    expect(seriesQuery('node', 86400)).toMatchObject({ node_stats_age: 86400, node_stats_incr: 1800 });
    expect(seriesQuery('exchange', 28800)).toEqual({
      msg_rates_age: 28800,
      msg_rates_incr: 600,
      columns: 'message_stats.publish_in_details.samples,message_stats.publish_out_details.samples',
    });
  });
});
