import { describe, expect, it } from 'vitest';
import { maxLengthRule } from './max-length';
import { snapshotOf, vhostSituations } from './test-snapshot';

describe('max-length', () => {
  it('reports queues near or at their max-length, from arguments or policy, and max-length-bytes', () => {
    // capped-full: x-max-length 5, reject-publish, 5 ready; policy-capped: policy max-length 20,
    // 19 ready; capped: x-max-length 10, 9 ready; capped-bytes: x-max-length-bytes 100, 95 bytes.
    const findings = maxLengthRule.check(vhostSituations());
    expect(findings.map((f) => [f.severity, f.objects[0]!.name, f.title.key, f.advice.key])).toEqual([
      ['warning', 'policy-capped', 'health.maxLength.title', 'health.maxLength.advice.drop'],
      ['warning', 'capped', 'health.maxLength.title', 'health.maxLength.advice.drop'],
      ['critical', 'capped-full', 'health.maxLength.title', 'health.maxLength.advice.reject'],
      ['warning', 'capped-bytes', 'health.maxLengthBytes.title', 'health.maxLength.advice.drop'],
    ]);
    expect(findings[0]!.title.vars).toEqual({ queue: 'policy-capped', percent: 95, ready: 19, limit: 20 });
    expect(findings[3]!.title.vars).toEqual({ queue: 'capped-bytes', percent: 95, bytes: '95 B', limit: '100 B' });
    // Full for the whole window: it began then or earlier.
    expect(findings[2]).toMatchObject({ sinceAtLeast: true });
    expect(findings[3]!.since).toBeUndefined();
  });

  it('applies the lower of the argument and the policy', () => {
    const [capped] = vhostSituations().queues.filter((q) => q.name === 'capped');
    const findings = maxLengthRule.check(snapshotOf({ queues: [{ ...capped!, effective_policy_definition: { 'max-length': 9 } }] }));
    expect(findings.map((f) => [f.severity, f.title.vars?.limit])).toEqual([['critical', 9]]);
  });

  it('says nothing of queues far from their limits or without one', () => {
    const [capped] = vhostSituations().queues.filter((q) => q.name === 'capped');
    expect(maxLengthRule.check(snapshotOf({ queues: [{ ...capped!, messages_ready: 8 }] }))).toEqual([]);
    expect(maxLengthRule.check(snapshotOf({ queues: vhostSituations().queues.filter((q) => q.name === 'orders') }))).toEqual([]);
  });
});
