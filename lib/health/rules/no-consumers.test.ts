import { describe, expect, it } from 'vitest';
import { noConsumersRule } from './no-consumers';
import { snapshotOf, summary, vhostSituations } from './test-snapshot';

describe('no-consumers', () => {
  it('reports queues with ready messages and no consumer, most ready first', () => {
    const findings = noConsumersRule.check(vhostSituations());
    // Not the dead-letter queues (work.dlq, expiring.dead), nor queues with a consumer (growing, stuck).
    expect(summary(findings)).toEqual([
      'warning policy-capped',
      'warning capped',
      'warning orders',
      'warning capped-full',
      'warning lazy-q',
      'warning capped-bytes',
    ]);
    expect(findings[2]).toEqual({
      id: 'no-consumers:idle:queue:h10-rec:orders',
      rule: 'no-consumers',
      severity: 'warning',
      title: { key: 'health.noConsumers.title', vars: { queue: 'orders', ready: 5 } },
      objects: [{ kind: 'queue', vhost: 'h10-rec', name: 'orders' }],
      advice: { key: 'health.noConsumers.advice' },
    });
  });

  it('reports a dead-letter queue here when nothing shows that it is one', () => {
    const snapshot = vhostSituations();
    const findings = noConsumersRule.check(snapshotOf({ queues: snapshot.queues.filter((q) => q.name === 'work.dlq') }));
    expect(summary(findings)).toEqual(['warning work.dlq']);
  });

  it('leaves streams out', () => {
    const [queue] = vhostSituations().queues.filter((q) => q.name === 'orders');
    expect(noConsumersRule.check(snapshotOf({ queues: [{ ...queue!, type: 'stream' }] }))).toEqual([]);
  });
});
