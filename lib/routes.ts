import { decodeSegment, encodeSegment, exchangeSegment } from '@/lib/api/segments';

// Links to Warren's own pages. Each name is one encoded path segment (lib/api/segments.ts): vhost
// "/" is %2F, a queue named "a/b?c#d" stays one segment, a queue "." is "~.", and the default
// exchange (named "") is "amq.default" as in the official UI: no real exchange can be named amq.*.
const seg = encodeSegment;

export const routes = {
  overview: () => '/',
  queues: () => '/queues',
  queue: (vhost: string, name: string) => `/queues/${seg(vhost)}/${seg(name)}`,
  exchanges: () => '/exchanges',
  exchange: (vhost: string, name: string) => `/exchanges/${seg(vhost)}/${seg(exchangeSegment(name))}`,
  connections: () => '/connections',
  connection: (name: string) => `/connections/${seg(name)}`,
  channels: () => '/channels',
  channel: (name: string) => `/channels/${seg(name)}`,
  publish: () => '/publish',
  adminPolicies: () => '/admin/policies',
  /** A policy's page; `operator` for an operator policy. */
  adminPolicy: (vhost: string, name: string, kind: 'policy' | 'operator' = 'policy') => `/admin/policies/${kind}/${seg(vhost)}/${seg(name)}`,
  adminDefinitions: () => '/admin/definitions',
  nodes: () => '/nodes',
  node: (name: string) => `/nodes/${seg(name)}`,
  adminUsers: () => '/admin/users',
  adminUser: (name: string) => `/admin/users/${seg(name)}`,
  adminVhosts: () => '/admin/vhosts',
  adminVhost: (name: string) => `/admin/vhosts/${seg(name)}`,
  adminCluster: () => '/admin/cluster',
  adminAudit: () => '/admin/audit',
};

/**
 * A dynamic page param as the page receives it: still percent-encoded (Next re-encodes each
 * segment for its router tree; route handler and metadata params arrive decoded). Decoded once,
 * then unescaped (lib/api/segments.ts).
 */
export function decodePageSegment(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Not valid percent-encoding: the segment stands for itself.
  }
  return decodeSegment(decoded);
}
