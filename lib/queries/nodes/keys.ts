import { overviewKeys } from '../overview/keys';

// Query keys for nodes. Hierarchical: invalidating ['nodes'] refreshes the list and every node.
export const nodeKeys = {
  /** The list, shared with the overview's nodes table. */
  list: overviewKeys.nodes,
  detail: (name: string) => [...overviewKeys.nodes(), 'detail', name] as const,
  // Not under detail: refreshing the node must not recompute its (costly) memory breakdown.
  memory: (name: string) => [...overviewKeys.nodes(), 'memory', name] as const,
};
