import { describe, expect, it } from 'vitest';
import { upgradeRule } from './upgrade';
import { vhostSituations } from './test-snapshot';

describe('upgrade', () => {
  it('warns of policies with classic mirroring and notes lazy mode in policies and queue arguments', () => {
    const findings = upgradeRule.check(vhostSituations());
    expect(findings.map((f) => [f.severity, f.title])).toEqual([
      ['info', { key: 'health.upgrade.lazyPolicy.title', vars: { policy: 'lazy-pol' } }],
      ['warning', { key: 'health.upgrade.mirroring.title', vars: { policy: 'mirror', mode: 'exactly' } }],
      ['info', { key: 'health.upgrade.lazyArgument.title', vars: { queue: 'lazy-q' } }],
    ]);
    expect(findings[1]!.objects).toEqual([{ kind: 'policy', vhost: 'h10-rec', name: 'mirror' }]);
  });

  it('finds mirroring through the queues’ policies when policies cannot be read', () => {
    // No queue matches lazy-pol, so only the mirroring policy (in force on "mirrored") is seen.
    const findings = upgradeRule.check({ ...vhostSituations(), policies: null });
    expect(findings.map((f) => f.title.key)).toEqual(['health.upgrade.mirroring.title', 'health.upgrade.lazyArgument.title']);
  });
});
