// Query keys for the overview's resources. Hierarchical, so invalidating a parent refreshes its children.
export const overviewKeys = {
  all: ['overview'] as const,
  overview: () => [...overviewKeys.all, 'cluster'] as const,
  nodes: () => ['nodes'] as const,
  vhosts: () => ['vhosts'] as const,
  vhost: (name: string) => ['vhosts', name] as const,
  health: (vhost: string) => ['health', vhost] as const,
  session: () => ['session'] as const,
};
