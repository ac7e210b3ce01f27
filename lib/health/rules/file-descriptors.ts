import type { Finding } from '@/lib/api/health';
import type { SampledValue, SnapshotNode } from '../snapshot-types';
import { sinceFields, trailingRun } from '../samples';
import { FD_CRITICAL_RATIO, FD_WARNING_RATIO } from '../thresholds';
import { findingId, nodeObject, type Rule } from './rule';

// File descriptors and sockets close to the node's limit: at the limit the node refuses new
// connections and cannot open the files it needs. "since" is the first sample of the window
// from which the use has stayed above the finding's threshold.
const RESOURCES = [
  { what: 'fd', used: 'fd_used', total: 'fd_total', details: 'fd_used_details', title: 'health.fd.title' },
  { what: 'sockets', used: 'sockets_used', total: 'sockets_total', details: 'sockets_used_details', title: 'health.sockets.title' },
] as const;

function check(node: SnapshotNode, resource: (typeof RESOURCES)[number], at: number): Finding | null {
  const used = node[resource.used];
  const total = node[resource.total];
  if (!node.running || used === undefined || !total) return null;
  const ratio = used / total;
  if (ratio <= FD_WARNING_RATIO) return null;
  const critical = ratio > FD_CRITICAL_RATIO;
  const threshold = (critical ? FD_CRITICAL_RATIO : FD_WARNING_RATIO) * total;
  const samples = (node[resource.details] as SampledValue | undefined)?.samples;
  const object = nodeObject(node.name);
  return {
    id: findingId('file-descriptors', resource.what, object),
    rule: 'file-descriptors',
    severity: critical ? 'critical' : 'warning',
    title: { key: resource.title, vars: { node: node.name, used, total, percent: Math.floor(ratio * 100) } },
    objects: [object],
    ...sinceFields(trailingRun(samples, (value) => value > threshold), at),
    advice: { key: 'health.fd.advice' },
  };
}

export const fileDescriptorsRule: Rule = {
  id: 'file-descriptors',
  check: ({ nodes, at }) => (nodes ?? []).flatMap((node) => RESOURCES.map((resource) => check(node, resource, at)).filter((f) => f !== null)),
};
