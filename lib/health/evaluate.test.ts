import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/api/health';
import { evaluate } from './evaluate';
import { snapshotOf, vhostSituations } from './rules/test-snapshot';
import { MAX_FINDINGS_PER_RULE } from './thresholds';

describe('evaluate', () => {
  it('lists every rule’s findings, most severe first, in the rules’ order within a severity', () => {
    const { findings, limits } = evaluate(vhostSituations());
    const severities = findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['critical', 'warning', 'info'].indexOf(a) - ['critical', 'warning', 'info'].indexOf(b)));
    expect(findings[0]).toMatchObject({ rule: 'max-length', severity: 'critical', objects: [{ name: 'capped-full' }] });
    const warnings = findings.filter((f) => f.severity === 'warning').map((f) => f.rule);
    expect([...new Set(warnings)]).toEqual(['max-length', 'backlog-growing', 'no-consumers', 'dead-letter-queue', 'unacked-piling', 'no-prefetch', 'unroutable', 'upgrade']);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    expect(limits).toEqual([]);
  });

  it('lists at most a page of findings per rule, its most severe, and counts the rest', () => {
    const make = (i: number): Finding => ({
      id: `x${i}`,
      rule: 'no-consumers',
      severity: i === 70 ? 'critical' : 'warning',
      title: { key: 'health.noConsumers.title' },
      objects: [],
      advice: { key: 'health.noConsumers.advice' },
    });
    const rule = { id: 'no-consumers' as const, check: () => Array.from({ length: 75 }, (_, i) => make(i)) };
    const { findings, limits } = evaluate(snapshotOf({}), [rule]);
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(findings[0]!.id).toBe('x70');
    expect(limits).toEqual([{ key: 'health.limit.ruleCapped', vars: { count: 25 }, terms: { rule: 'health.rule.noConsumers' } }]);
  });
});
