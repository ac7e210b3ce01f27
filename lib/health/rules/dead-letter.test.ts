import { describe, expect, it } from 'vitest';
import { deadLetterRule } from './dead-letter';
import { vhostSituations } from './test-snapshot';

describe('dead-letter-queue', () => {
  it('reports dead-letter queues holding messages: bound to a dead-letter exchange, or named by a dead-letter routing key', () => {
    // work (x-dead-letter-exchange dlx) had 3 messages rejected into work.dlq, bound to dlx;
    // expiring (TTL 1 ms, dead-letter routing key expiring.dead) expired 2 into expiring.dead.
    const findings = deadLetterRule.check(vhostSituations());
    expect(findings.map((f) => [f.severity, f.objects, f.title.vars])).toEqual([
      [
        'warning',
        [
          { kind: 'queue', vhost: 'h10-rec', name: 'work.dlq' },
          { kind: 'exchange', vhost: 'h10-rec', name: 'dlx' },
        ],
        { queue: 'work.dlq', ready: 3 },
      ],
      ['warning', [{ kind: 'queue', vhost: 'h10-rec', name: 'expiring.dead' }], { queue: 'expiring.dead', ready: 2 }],
    ]);
    expect(findings[0]).toMatchObject({ sinceAtLeast: true, advice: { key: 'health.deadLetter.advice' } });
  });

  it('does not recognise a queue bound to a dead-letter exchange whose bindings were not looked up', () => {
    const snapshot = vhostSituations();
    const findings = deadLetterRule.check({ ...snapshot, deadLetterBindings: [] });
    expect(findings.map((f) => f.objects[0]!.name)).toEqual(['expiring.dead']);
  });

  it('says nothing of an empty dead-letter queue', () => {
    const snapshot = vhostSituations();
    for (const queue of snapshot.queues) queue.messages_ready = 0;
    expect(deadLetterRule.check(snapshot)).toEqual([]);
  });
});
