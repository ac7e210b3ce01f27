import { describe, expect, it } from 'vitest';
import { unroutableRule } from './unroutable';
import { snapshotOf, vhostSituations } from './test-snapshot';

describe('unroutable', () => {
  it('reports messages dropped (a warning) and returned (a note) as unroutable in a vhost', () => {
    // 10/s published to an exchange without bindings, and 5/s of them as mandatory.
    const findings = unroutableRule.check(vhostSituations());
    expect(findings.map((f) => [f.severity, f.title])).toEqual([
      ['warning', { key: 'health.unroutable.dropped.title', vars: { vhost: 'h10-rec', rate: '9.80' } }],
      ['info', { key: 'health.unroutable.returned.title', vars: { vhost: 'h10-rec', rate: '5.00' } }],
    ]);
    expect(findings[0]!.objects).toEqual([{ kind: 'vhost', name: 'h10-rec' }]);
  });

  it('finds nothing in a vhost without unroutable messages or without stats', () => {
    expect(unroutableRule.check(snapshotOf({ vhosts: [{ name: 'quiet', message_stats: { drop_unroutable_details: { rate: 0 } } }, { name: 'new' }] }))).toEqual([]);
  });
});
