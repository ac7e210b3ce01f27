import { describe, expect, it } from 'vitest';
import churning from '../fixtures/overview-churn.json';
import calm from '../fixtures/overview-calm.json';
import { churnRule } from './churn';
import { snapshotOf } from './test-snapshot';

describe('churn', () => {
  it('reports connections and channels opened and closed at a high rate', () => {
    // Two loops opening and closing a connection, two opening and closing channels on one connection.
    const findings = churnRule.check(snapshotOf({ churn: churning.churn_rates }));
    expect(findings.map((f) => [f.severity, f.title])).toEqual([
      ['warning', { key: 'health.churn.connections.title', vars: { opened: '24.4', closed: '24.4' } }],
      ['warning', { key: 'health.churn.channels.title', vars: { opened: '1,466', closed: '1,465' } }],
    ]);
    expect(findings[0]!.objects).toEqual([]);
  });

  it('finds nothing on a calm cluster, or when churn was not read (one vhost checked)', () => {
    expect(churnRule.check(snapshotOf({ churn: calm.churn_rates }))).toEqual([]);
    expect(churnRule.check(snapshotOf({ churn: null }))).toEqual([]);
  });
});
