// Query keys for Admin → cluster. The shell's cluster name comes with the overview (overviewKeys.overview()).
export const clusterKeys = {
  all: ['cluster'] as const,
  name: () => [...clusterKeys.all, 'name'] as const,
  featureFlags: () => [...clusterKeys.all, 'feature-flags'] as const,
};
