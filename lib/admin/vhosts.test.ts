import { describe, expect, it } from 'vitest';
import {
  canEnableFeatureFlag,
  isUnlimited,
  keepsDefaultQueueType,
  limitsOf,
  parseTagList,
  vhostDefaultQueueType,
  vhostMessageCount,
} from './vhosts';

describe('keepsDefaultQueueType', () => {
  it('is false for 3.10 (which drops default_queue_type) and true from 3.11 on', () => {
    expect(keepsDefaultQueueType('3.10.8')).toBe(false);
    expect(keepsDefaultQueueType('3.9.29')).toBe(false);
    expect(keepsDefaultQueueType('3.11.0')).toBe(true);
    expect(keepsDefaultQueueType('3.13.0-rc.1')).toBe(true);
    expect(keepsDefaultQueueType('4.0.5')).toBe(true);
  });

  it('is unknown without a version', () => {
    expect(keepsDefaultQueueType(undefined)).toBeNull();
    expect(keepsDefaultQueueType('')).toBeNull();
    expect(keepsDefaultQueueType('unknown')).toBeNull();
  });
});

describe('vhostDefaultQueueType', () => {
  // 3.10 reads back the text "undefined": it is no queue type.
  it('treats 3.10’s "undefined" as none', () => {
    expect(vhostDefaultQueueType({ default_queue_type: 'undefined' })).toBeNull();
    expect(vhostDefaultQueueType({})).toBeNull();
    expect(vhostDefaultQueueType(undefined)).toBeNull();
    expect(vhostDefaultQueueType({ default_queue_type: 'quorum' })).toBe('quorum');
  });
});

describe('parseTagList', () => {
  it('trims, drops empties and repeats, and keeps the order', () => {
    expect(parseTagList(' production, accounts,,production , <b>x</b> ')).toEqual(['production', 'accounts', '<b>x</b>']);
    expect(parseTagList('')).toEqual([]);
    expect(parseTagList(' , ')).toEqual([]);
  });
});

describe('limits', () => {
  it('reads the broker’s limit list for one vhost', () => {
    const rows = [
      { vhost: 'other', value: { 'max-queues': 1 } },
      { vhost: 'a/b', value: { 'max-queues': 5, 'max-connections': -1, 'max-other': 3 } },
    ];
    expect(limitsOf(rows, 'a/b')).toEqual({ 'max-queues': 5, 'max-connections': -1 });
    expect(limitsOf([], 'a/b')).toEqual({});
  });

  it('calls absent and -1 "no limit", and 0 a limit', () => {
    expect(isUnlimited(undefined)).toBe(true);
    expect(isUnlimited(-1)).toBe(true);
    expect(isUnlimited(0)).toBe(false);
    expect(isUnlimited(10)).toBe(false);
  });
});

describe('canEnableFeatureFlag', () => {
  it('offers only disabled stable flags', () => {
    expect(canEnableFeatureFlag({ state: 'disabled', stability: 'stable' })).toBe(true);
    expect(canEnableFeatureFlag({ state: 'enabled', stability: 'stable' })).toBe(false);
    expect(canEnableFeatureFlag({ state: 'disabled', stability: 'experimental' })).toBe(false);
    expect(canEnableFeatureFlag({ state: 'unavailable', stability: 'stable' })).toBe(false);
  });
});

describe('vhostMessageCount', () => {
  it('takes the total, or adds ready and unacknowledged when it is missing', () => {
    expect(vhostMessageCount({ messages: 7, messages_ready: 5, messages_unacknowledged: 2 })).toBe(7);
    expect(vhostMessageCount({ messages_ready: 5, messages_unacknowledged: 2 })).toBe(7);
    expect(vhostMessageCount(undefined)).toBe(0);
  });
});
