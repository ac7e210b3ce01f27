import { describe, expect, it } from 'vitest';
import partition from '../fixtures/nodes-partition.json';
import down from '../fixtures/nodes-down.json';
import { partitionRule } from './partitions';
import { nodes, snapshotOf } from './test-snapshot';

describe('partition', () => {
  it('reports the partition a running node sees, naming the nodes it lost', () => {
    // Recorded after erlang:disconnect_node/1 between the two nodes of a cluster (partition handling "ignore").
    const findings = partitionRule.check(snapshotOf({ nodes: nodes(partition) }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'critical',
      title: { key: 'health.partition.title', vars: { node: 'warren-h10@localhost', peers: 'warren-h10b@localhost' } },
      objects: [
        { kind: 'node', name: 'warren-h10@localhost' },
        { kind: 'node', name: 'warren-h10b@localhost' },
      ],
    });
  });

  it('finds nothing when a node is merely down', () => {
    expect(partitionRule.check(snapshotOf({ nodes: nodes(down) }))).toEqual([]);
  });
});
