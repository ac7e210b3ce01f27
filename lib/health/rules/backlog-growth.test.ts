import { describe, expect, it } from 'vitest';
import { chronological } from '../samples';
import { backlogGrowthRule } from './backlog-growth';
import { snapshotOf, vhostSituations } from './test-snapshot';

describe('backlog-growing', () => {
  it('reports a queue whose ready count rose over the window while it receives faster than it delivers', () => {
    // "growing": 20 messages/s in, one consumer with prefetch 1 acknowledging every 250 ms.
    const snapshot = vhostSituations();
    const findings = backlogGrowthRule.check(snapshot);
    expect(findings).toHaveLength(1);
    const samples = chronological(snapshot.queueSamples.find((s) => s.name === 'growing')!.messages_ready);
    expect(findings[0]).toEqual({
      id: 'backlog-growing:growing:queue:h10-rec:growing',
      rule: 'backlog-growing',
      severity: 'warning',
      title: { key: 'health.backlog.title', vars: { queue: 'growing', from: 0, to: 1291 } },
      objects: [{ kind: 'queue', vhost: 'h10-rec', name: 'growing' }],
      since: samples[0]!.timestamp,
      sinceAtLeast: true,
      advice: { key: 'health.backlog.advice' },
      detail: { key: 'health.detail.rates', vars: { publish: '18.8', deliver: '3.80' } },
    });
  });

  it('says nothing of a rising queue that now delivers as fast as it receives', () => {
    const snapshot = vhostSituations();
    for (const queue of snapshot.queues) queue.message_stats = { publish_details: { rate: 4 }, deliver_get_details: { rate: 4 } };
    expect(backlogGrowthRule.check(snapshot)).toEqual([]);
  });

  it('says nothing of flat or falling counts, or of queues whose samples were not looked up', () => {
    const snapshot = vhostSituations();
    const growing = snapshot.queueSamples.find((s) => s.name === 'growing')!;
    const falling = growing.messages_ready.map((s) => ({ ...s, sample: 2000 - s.sample }));
    expect(backlogGrowthRule.check({ ...snapshot, queueSamples: [{ ...growing, messages_ready: falling }] })).toEqual([]);
    expect(backlogGrowthRule.check({ ...snapshot, queueSamples: snapshot.queueSamples.filter((s) => s.name !== 'growing') })).toEqual([]);
    expect(backlogGrowthRule.check(snapshotOf({ queueSamples: snapshot.queueSamples }))).toEqual([]);
  });
});
