// Query keys for the Health page's findings (not ['health', …]: that is the connectivity
// banner's probe, lib/queries/overview/keys.ts). The page and the navigation badge share one key.
export const healthKeys = {
  all: ['health-findings'] as const,
  findings: (vhost: string | null, windowSeconds: number) => [...healthKeys.all, vhost ?? '', windowSeconds] as const,
};
