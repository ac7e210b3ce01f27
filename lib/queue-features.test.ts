import { describe, expect, it } from 'vitest';
import { format } from '@/lib/i18n/format';
import { consumerCapacityPercent, formatArgumentValue, queueFeatures, queueState, type QueueFeature } from './queue-features';

const shorts = (queue: Parameters<typeof queueFeatures>[0]) => queueFeatures(queue).map((f) => f.short);
/** The tooltip as the UI shows it, in English unless told. */
const title = (feature: QueueFeature | undefined, locale: 'en' | 'zh' = 'en') =>
  feature ? format(locale, feature.title.key, feature.title.vars) : undefined;

describe('queueFeatures', () => {
  it('shows durable, auto-delete and exclusive as D, AD and Excl', () => {
    expect(shorts({ durable: true, auto_delete: true, exclusive: true })).toEqual(['D', 'AD', 'Excl']);
    expect(queueFeatures({ durable: true, auto_delete: true, exclusive: true }).map((f) => title(f))).toEqual([
      'durable: true',
      'auto-delete: true',
      'exclusive: true',
    ]);
    expect(title(queueFeatures({ durable: true })[0], 'zh')).toBe('持久（durable: true）');
    expect(shorts({ durable: false, auto_delete: false, exclusive: false })).toEqual([]);
  });

  it('abbreviates known arguments like the official UI, with the value in the tooltip', () => {
    const features = queueFeatures({
      durable: true,
      arguments: {
        'x-max-priority': 10,
        'x-message-ttl': 60000,
        'x-expires': 1000,
        'x-max-length': 5,
        'x-max-length-bytes': 1024,
        'x-overflow': 'reject-publish',
        'x-dead-letter-exchange': 'dlx',
        'x-dead-letter-routing-key': 'dead',
        'x-delivery-limit': 3,
        'x-single-active-consumer': true,
      },
    });
    // Listed in the official order, whatever the order of the arguments.
    expect(features.map((f) => f.short)).toEqual(['D', 'TTL', 'Exp', 'Lim', 'Lim B', 'DlL', 'Ovfl', 'DLX', 'DLK', 'Pri', 'SAC']);
    expect(title(features.find((f) => f.short === 'TTL'))).toBe('x-message-ttl: 60000');
    expect(title(features.find((f) => f.short === 'SAC'))).toBe('x-single-active-consumer: true');
    // Argument names and values stay as they are in every language.
    expect(title(features.find((f) => f.short === 'TTL'), 'zh')).toBe('x-message-ttl：60000');
  });

  it('gathers unknown arguments under one "Args" badge and hides x-queue-type (the Type column says it)', () => {
    const features = queueFeatures({ arguments: { 'x-queue-type': 'quorum', 'x-custom': 'a', 'x-list': [1, 'b'] } });
    expect(features.map((f) => f.short)).toEqual(['Args']);
    expect(title(features[0])).toBe('Other arguments: x-custom: a, x-list: [1,b]');
  });

  it('names the policy and the operator policy', () => {
    const features = queueFeatures({ durable: true, policy: 'ha-all', operator_policy: 'limits' });
    expect(features.slice(1).map((f) => [f.short, title(f)])).toEqual([
      ['ha-all', 'Policy: ha-all'],
      ['limits', 'Operator policy: limits'],
    ]);
  });

  it('ignores null arguments and null policies', () => {
    expect(shorts({ arguments: null, policy: null, operator_policy: null })).toEqual([]);
    expect(shorts({ arguments: { 'x-message-ttl': null } })).toEqual([]);
  });
});

describe('queueState', () => {
  it('colours states as the official UI does', () => {
    expect(queueState({ state: 'running' })).toMatchObject({ text: 'running', tone: 'green' });
    expect(queueState({ state: 'running', idle_since: '2024-01-01 10:00:00' })).toMatchObject({ text: 'idle', label: 'queues.state.idleName', tone: 'neutral' });
    expect(queueState({ state: 'flow' })).toMatchObject({ tone: 'amber' });
    expect(queueState({ state: 'down' })).toMatchObject({ tone: 'red' });
    expect(queueState({ state: 'crashed' })).toMatchObject({ tone: 'red' });
    expect(queueState({ state: 'minority' })).toMatchObject({ tone: 'red' });
    expect(queueState({ state: 'something-new' })).toMatchObject({ text: 'something-new', tone: 'neutral' });
    expect(queueState({})).toBeNull();
  });
});

describe('consumerCapacityPercent', () => {
  it('turns 0..1 into a percentage and unknown into null', () => {
    expect(consumerCapacityPercent(1)).toBe(100);
    expect(consumerCapacityPercent(0.456)).toBe(46);
    expect(consumerCapacityPercent(0)).toBe(0);
    expect(consumerCapacityPercent('')).toBeNull();
    expect(consumerCapacityPercent(undefined)).toBeNull();
  });
});

describe('formatArgumentValue', () => {
  it('flattens lists and tables', () => {
    expect(formatArgumentValue(['a', 1, true])).toBe('[a,1,true]');
    expect(formatArgumentValue({ a: 1, b: ['x'] })).toBe('(a: 1, b: [x])');
  });
});
