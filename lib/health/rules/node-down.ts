import { findingId, nodeObject, type Rule } from './rule';

// A cluster node that is not running. The surviving nodes do not say since when. A node on the
// other side of a network partition is reported as not running too, though it may run: the
// partition rule reports it instead.
export const nodeDownRule: Rule = {
  id: 'node-down',
  check: ({ nodes }) => {
    const partitioned = new Set((nodes ?? []).filter((node) => node.running).flatMap((node) => node.partitions ?? []));
    return (nodes ?? [])
      .filter((node) => !node.running && !partitioned.has(node.name))
      .map((node) => ({
        id: findingId('node-down', 'down', nodeObject(node.name)),
        rule: 'node-down',
        severity: 'critical',
        title: { key: 'health.nodeDown.title', vars: { node: node.name } },
        objects: [nodeObject(node.name)],
        advice: { key: 'health.nodeDown.advice' },
      }));
  },
};
