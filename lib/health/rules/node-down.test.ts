import { describe, expect, it } from 'vitest';
import down from '../fixtures/nodes-down.json';
import partition from '../fixtures/nodes-partition.json';
import healthy from '../fixtures/nodes-healthy.json';
import { nodeDownRule } from './node-down';
import { nodes, snapshotOf } from './test-snapshot';

describe('node-down', () => {
  it('reports a cluster node that is not running', () => {
    // A two-node cluster, the second node stopped with stop_app, seen from the first.
    const findings = nodeDownRule.check(snapshotOf({ nodes: nodes(down) }));
    expect(findings).toEqual([
      {
        id: 'node-down:down:node::warren-h10b@localhost',
        rule: 'node-down',
        severity: 'critical',
        title: { key: 'health.nodeDown.title', vars: { node: 'warren-h10b@localhost' } },
        objects: [{ kind: 'node', name: 'warren-h10b@localhost' }],
        advice: { key: 'health.nodeDown.advice' },
      },
    ]);
    expect(findings[0]!.since).toBeUndefined();
  });

  it('leaves a node on the other side of a partition to the partition rule', () => {
    expect(nodeDownRule.check(snapshotOf({ nodes: nodes(partition) }))).toEqual([]);
  });

  it('finds nothing when every node runs', () => {
    expect(nodeDownRule.check(snapshotOf({ nodes: nodes(healthy) }))).toEqual([]);
  });
});
