'use client';

import { Alert } from '@/components/ui/alert';
import { formatBytes } from '@/lib/format';
import { useT } from '@/lib/i18n/i18n';
import type { BrokerNode } from '@/lib/api/overview';

/** Resource alarms, stopped nodes and partitions, above everything else: they block publishers. */
export function AlarmsPanel({ nodes }: { nodes: BrokerNode[] }) {
  const t = useT();
  const problems: string[] = [];
  for (const node of nodes) {
    if (!node.running) {
      problems.push(t('overview.alarm.down', { node: node.name }));
      continue;
    }
    if (node.mem_alarm) {
      problems.push(t('overview.alarm.memory', { node: node.name, used: formatBytes(node.mem_used), limit: formatBytes(node.mem_limit) }));
    }
    if (node.disk_free_alarm) {
      problems.push(t('overview.alarm.disk', { node: node.name, free: formatBytes(node.disk_free), limit: formatBytes(node.disk_free_limit) }));
    }
    if (node.partitions?.length) {
      problems.push(t('overview.partitions', { node: node.name, peers: node.partitions.join(', ') }));
    }
  }
  if (!problems.length) return null;
  return (
    <Alert tone="error" title={t('overview.alarms')}>
      <ul className="list-disc pl-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </Alert>
  );
}
