import { formatBytes } from '@/lib/format';
import type { Finding } from '@/lib/api/health';
import { sinceFields, trailingRun, type Since } from '../samples';
import { findingId, nodeObject, type Rule } from './rule';

// Memory and disk alarms: while one is raised on any node, the cluster blocks every publishing
// connection. The broker does not say when an alarm was raised: "since" is the sample of the
// window at which the value crossed its limit and stayed past it. The limits can be changed at
// run time (set_vm_memory_high_watermark, set_disk_free_limit): a value past the current limit
// at the window's first sample may only mean the limit was lowered since, so "since" is given
// only for a crossing the window shows.
function crossing(run: Since | undefined): Since | undefined {
  return run && !run.atLeast ? run : undefined;
}
export const resourceAlarmRule: Rule = {
  id: 'resource-alarm',
  check: ({ nodes, at }) =>
    (nodes ?? [])
      .filter((node) => node.running)
      .flatMap((node) => {
        const found: Finding[] = [];
        const object = nodeObject(node.name);
        if (node.mem_alarm) {
          const limit = node.mem_limit;
          found.push({
            id: findingId('resource-alarm', 'memory', object),
            rule: 'resource-alarm',
            severity: 'critical',
            title: { key: 'health.alarm.memory.title', vars: { node: node.name, used: formatBytes(node.mem_used), limit: formatBytes(limit) } },
            objects: [object],
            ...sinceFields(limit === undefined ? undefined : crossing(trailingRun(node.mem_used_details?.samples, (used) => used >= limit)), at),
            advice: { key: 'health.alarm.memory.advice' },
          });
        }
        if (node.disk_free_alarm) {
          const limit = node.disk_free_limit;
          found.push({
            id: findingId('resource-alarm', 'disk', object),
            rule: 'resource-alarm',
            severity: 'critical',
            title: { key: 'health.alarm.disk.title', vars: { node: node.name, free: formatBytes(node.disk_free), limit: formatBytes(limit) } },
            objects: [object],
            ...sinceFields(limit === undefined ? undefined : crossing(trailingRun(node.disk_free_details?.samples, (free) => free <= limit)), at),
            advice: { key: 'health.alarm.disk.advice' },
          });
        }
        return found;
      }),
};
