'use client';

import { DetailList, type DetailItem } from '@/components/ui/detail-list';
import type { NodeDetail } from '@/lib/api/nodes';
import { rabbitmqVersion } from '@/lib/api/nodes';
import { formatCount, formatDuration } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { reportsFigures } from '@/lib/nodes';
import { diskMeter, memoryMeter, nodeTypeLabel, usageMeter } from './node-columns';
import { NodeStatusBadge } from './node-status-badge';

const text = (value: string | number | undefined | null) => (value === undefined || value === null || value === '' ? '—' : String(value));

/**
 * What the node is: state, type, versions, process. `node` gives the state; `facts` the values
 * (for a node that is down, what it reported when it last ran, or the same sparse answer).
 */
export function NodeFacts({
  node,
  facts,
  erlangVersion,
  pending,
}: {
  node: NodeDetail | undefined;
  facts: NodeDetail | undefined;
  erlangVersion: string;
  pending: boolean;
}) {
  const { t, locale } = useI18n();
  const items: DetailItem[] = [
    { label: t('nodes.detail.state'), value: node ? <NodeStatusBadge running={node.running} /> : '—' },
    { label: t('nodes.col.type'), value: nodeTypeLabel(t, node?.type) },
    { label: t('overview.node.uptime'), value: node && reportsFigures(node) ? formatDuration(node.uptime, t) : '—' },
    { label: t('nodes.col.version'), value: text(rabbitmqVersion(facts?.applications)) },
    { label: t('nodes.detail.erlangVersion'), value: erlangVersion },
    { label: t('nodes.detail.osPid'), value: text(facts?.os_pid) },
    { label: t('nodes.detail.processors'), value: formatCount(facts?.processors, locale) },
    { label: t('nodes.detail.ratesMode'), value: text(facts?.rates_mode) },
    { label: t('nodes.detail.memoryStrategy'), value: text(facts?.mem_calculation_strategy) },
    { label: t('nodes.detail.netTicktime'), value: facts?.net_ticktime === undefined ? '—' : t('nodes.detail.seconds', { seconds: facts.net_ticktime }) },
        {
      label: t('nodes.detail.partitions'),
      value: facts?.partitions === undefined ? '—' : facts.partitions.length ? facts.partitions.join(', ') : t('nodes.detail.noPartitions'),
    },
  ];
  return <DetailList items={items} pending={pending} />;
}

/** Memory, disk, descriptors, processes against their limits, and the run queue. */
export function NodeResources({ facts, pending }: { facts: NodeDetail | undefined; pending: boolean }) {
  const { t, locale } = useI18n();
  if (!facts || facts.mem_used === undefined) {
    return pending ? <DetailList items={[{ label: t('overview.node.memory'), value: null }]} pending /> : <Absent />;
  }
  const items: DetailItem[] = [
    { label: t('overview.node.memory'), value: memoryMeter(t, facts) },
    { label: t('overview.node.disk'), value: diskMeter(t, facts) },
    { label: t('overview.node.fds'), value: usageMeter(t, locale, t('overview.node.fds'), facts.name, facts.fd_used, facts.fd_total) },
    { label: t('overview.node.sockets'), value: usageMeter(t, locale, t('overview.node.sockets'), facts.name, facts.sockets_used, facts.sockets_total) },
    { label: t('overview.node.processes'), value: usageMeter(t, locale, t('overview.node.processes'), facts.name, facts.proc_used, facts.proc_total) },
    { label: t('nodes.col.runQueue'), value: formatCount(facts.run_queue, locale) },
  ];
  return <DetailList items={items} />;
}

/** Config files, log files and the database directory, each path in full. */
export function NodePaths({ facts, pending }: { facts: NodeDetail | undefined; pending: boolean }) {
  const { t } = useI18n();
  const paths = (list: string[] | undefined) =>
    list?.length ? (
      <ul className="flex flex-col gap-0.5 font-mono text-xs">
        {list.map((path) => (
          <li key={path} className="break-all">
            {path}
          </li>
        ))}
      </ul>
    ) : (
      '—'
    );
  const items: DetailItem[] = [
    { label: t('nodes.detail.configFiles'), value: paths(facts?.config_files), wide: true },
    { label: t('nodes.detail.logFiles'), value: paths(facts?.log_files), wide: true },
    { label: t('nodes.detail.dbDir'), value: facts?.db_dir ? <span className="break-all font-mono text-xs">{facts.db_dir}</span> : '—', wide: true },
  ];
  return <DetailList items={items} pending={pending} />;
}

function Absent() {
  const { t } = useI18n();
  return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('nodes.detail.notReported')}</p>;
}
