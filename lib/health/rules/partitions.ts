import { findingId, nodeObject, type Rule } from './rule';

// A network partition: a running node lists the nodes it lost contact with in `partitions`.
// Each side reports the other, so a split of two nodes is two findings (one per node's view).
export const partitionRule: Rule = {
  id: 'partition',
  check: ({ nodes }) =>
    (nodes ?? [])
      .filter((node) => node.running && (node.partitions?.length ?? 0) > 0)
      .map((node) => ({
        id: findingId('partition', 'partition', nodeObject(node.name)),
        rule: 'partition',
        severity: 'critical',
        title: { key: 'health.partition.title', vars: { node: node.name, peers: node.partitions!.join(', ') } },
        objects: [nodeObject(node.name), ...node.partitions!.map(nodeObject)],
        advice: { key: 'health.partition.advice' },
      })),
};
