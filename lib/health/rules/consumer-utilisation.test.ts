import { describe, expect, it } from 'vitest';
import { consumerUtilisationRule } from './consumer-utilisation';
import { summary, vhostSituations } from './test-snapshot';

describe('consumer-utilisation', () => {
  it('notes queues whose consumers are saturated while messages wait', () => {
    // "growing": one slow consumer with prefetch 1; "stuck": prefetch 20 full, never acknowledged.
    const findings = consumerUtilisationRule.check(vhostSituations());
    expect(summary(findings)).toEqual(['info growing', 'info stuck']);
    expect(findings[1]!.title).toEqual({ key: 'health.utilisation.title', vars: { queue: 'stuck', percent: 0, ready: 30 } });
  });

  it('says nothing of consumers with nothing waiting, or without a utilisation figure', () => {
    const snapshot = vhostSituations();
    for (const queue of snapshot.queues) queue.consumer_utilisation = '';
    expect(consumerUtilisationRule.check(snapshot)).toEqual([]);
  });
});
