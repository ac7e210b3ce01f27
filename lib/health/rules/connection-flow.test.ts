import { describe, expect, it } from 'vitest';
import blocked from '../fixtures/connections-blocked.json';
import flow from '../fixtures/connections-flow.json';
import { connectionFlowRule } from './connection-flow';
import { connections, snapshotOf, vhostSituations } from './test-snapshot';

describe('connection-flow', () => {
  it('reports a blocked publisher as critical and a connection about to be blocked as a warning', () => {
    // During a memory alarm on a private node: one connection published (blocked), one did not (blocking).
    const findings = connectionFlowRule.check(snapshotOf({ connections: connections(blocked) }));
    expect(findings.map((f) => [f.severity, f.title.key, f.title.vars?.connection])).toEqual([
      ['critical', 'health.connectionBlocked.title', 'alarm publisher'],
      ['warning', 'health.connectionBlocking.title', 'alarm idle'],
    ]);
    expect(findings[0]!.objects).toEqual([{ kind: 'connection', vhost: '/', name: '127.0.0.1:51320 -> 127.0.0.1:5795' }]);
    expect(findings[0]!.advice).toEqual({ key: 'health.connectionBlocked.advice' });
  });

  it('notes connections in flow control', () => {
    // Four publishers of persistent messages as fast as amqplib sends them.
    const findings = connectionFlowRule.check(snapshotOf({ connections: connections(flow) }));
    expect(findings).toHaveLength(4);
    expect(findings.every((f) => f.severity === 'info' && f.title.key === 'health.connectionFlow.title')).toBe(true);
  });

  it('finds nothing while every connection runs', () => {
    expect(connectionFlowRule.check(vhostSituations())).toEqual([]);
  });
});
