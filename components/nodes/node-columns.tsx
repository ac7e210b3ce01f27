'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { ColumnDef } from '@/components/ui/data-table';
import { MeterBar } from '@/components/ui/meter-bar';
import type { BrokerNode } from '@/lib/api/overview';
import { formatBytes, formatCount, formatDuration } from '@/lib/format';
import type { Locale } from '@/lib/i18n/define';
import type { Translate } from '@/lib/i18n/i18n';
import { reportsFigures } from '@/lib/nodes';
import { routes } from '@/lib/routes';
import { NodeStatusBadge } from './node-status-badge';

// The columns of a nodes table, shared by the overview (a few) and the nodes page (all). A node
// that is not running has no current figures: its cells say so instead of showing stale ones.

export type NodeColumnId = 'name' | 'type' | 'memory' | 'disk' | 'fds' | 'sockets' | 'processes' | 'runQueue' | 'uptime' | 'version' | 'alarms';

type Column = ColumnDef<BrokerNode, unknown>;

/** "Disc" or "RAM" in the UI's language; another type as the broker names it. */
export function nodeTypeLabel(t: Translate, type: string | undefined): string {
  if (type === 'disc') return t('nodes.type.disc');
  if (type === 'ram') return t('nodes.type.ram');
  return type ?? '—';
}

export function memoryMeter(t: Translate, n: BrokerNode) {
  return (
    <MeterBar
      label={t('overview.node.meterLabel', { what: t('overview.node.memory'), node: n.name })}
      value={n.mem_used}
      max={n.mem_limit}
      alarm={n.mem_alarm}
      text={`${formatBytes(n.mem_used)} (${t('overview.node.highWatermark', { limit: formatBytes(n.mem_limit) })})`}
    />
  );
}

export function diskMeter(t: Translate, n: BrokerNode) {
  // The danger is little free space: the bar fills as free space shrinks towards the limit.
  return (
    <MeterBar
      label={t('overview.node.meterLabel', { what: t('overview.node.disk'), node: n.name })}
      value={n.disk_free_limit}
      max={n.disk_free}
      alarm={n.disk_free_alarm}
      warnAt={0.5}
      text={`${formatBytes(n.disk_free)} (${t('overview.node.lowWatermark', { limit: formatBytes(n.disk_free_limit) })})`}
    />
  );
}

export function usageMeter(t: Translate, locale: Locale, what: string, node: string, used?: number, total?: number) {
  return (
    <MeterBar
      label={t('overview.node.meterLabel', { what, node })}
      value={used}
      max={total}
      text={t('overview.node.available', { used: formatCount(used, locale), total: formatCount(total, locale) })}
    />
  );
}

function NodeAlarms({ t, node }: { t: Translate; node: BrokerNode }) {
  const alarms = [
    node.mem_alarm ? <Badge key="memory" tone="red">{t('nodes.alarm.memory')}</Badge> : null,
    node.disk_free_alarm ? <Badge key="disk" tone="red">{t('nodes.alarm.disk')}</Badge> : null,
    node.partitions?.length ? (
      <Badge key="partition" tone="amber" title={node.partitions.join(', ')}>
        {t('nodes.alarm.partition')}
      </Badge>
    ) : null,
  ].filter(Boolean);
  if (!alarms.length) return <span className="text-zinc-500">{t('nodes.alarm.none')}</span>;
  return <div className="flex flex-wrap gap-1">{alarms}</div>;
}

/** A figure of a node that reports them, or what a node that is down (or stopping) shows instead. */
function figure(n: BrokerNode, render: (n: BrokerNode) => ReactNode, instead: ReactNode = '—') {
  return reportsFigures(n) ? render(n) : instead;
}

export function nodeColumns(ids: readonly NodeColumnId[], t: Translate, locale: Locale): Column[] {
  const noFigures = (n: BrokerNode) =>
    n.running ? (
      <span className="text-xs font-medium text-amber-800 dark:text-amber-300">{t('nodes.noFiguresReported')}</span>
    ) : (
      <span className="text-xs font-medium text-red-700 dark:text-red-400">{t('nodes.noFigures')}</span>
    );
  const all: Record<NodeColumnId, Column> = {
    name: {
      id: 'name',
      header: t('overview.node.name'),
      cell: ({ row: { original: n } }) => (
        <div className="flex flex-col gap-0.5">
          <Link prefetch={false} href={routes.node(n.name)} className="font-medium text-orange-700 hover:underline dark:text-orange-400">
            {n.name}
          </Link>
          <NodeStatusBadge running={n.running} className="w-fit" />
        </div>
      ),
    },
    type: { id: 'type', header: t('nodes.col.type'), cell: ({ row }) => nodeTypeLabel(t, row.original.type) },
    memory: {
      id: 'memory',
      header: t('overview.node.memory'),
      cell: ({ row: { original: n } }) => figure(n, (node) => memoryMeter(t, node), noFigures(n)),
    },
    disk: { id: 'disk', header: t('overview.node.disk'), cell: ({ row: { original: n } }) => figure(n, (node) => diskMeter(t, node)) },
    fds: {
      id: 'fds',
      header: t('overview.node.fds'),
      cell: ({ row: { original: n } }) => figure(n, () => usageMeter(t, locale, t('overview.node.fds'), n.name, n.fd_used, n.fd_total)),
    },
    sockets: {
      id: 'sockets',
      header: t('overview.node.sockets'),
      cell: ({ row: { original: n } }) =>
        figure(n, () => usageMeter(t, locale, t('overview.node.sockets'), n.name, n.sockets_used, n.sockets_total)),
    },
    processes: {
      id: 'processes',
      header: t('overview.node.processes'),
      cell: ({ row: { original: n } }) =>
        figure(n, () => usageMeter(t, locale, t('overview.node.processes'), n.name, n.proc_used, n.proc_total)),
    },
    runQueue: {
      id: 'runQueue',
      header: t('nodes.col.runQueue'),
      meta: { align: 'right', title: t('nodes.col.runQueueHint') },
      cell: ({ row: { original: n } }) => figure(n, () => formatCount(n.run_queue, locale)),
    },
    uptime: {
      id: 'uptime',
      header: t('overview.node.uptime'),
      meta: { align: 'right' },
      cell: ({ row: { original: n } }) => figure(n, () => formatDuration(n.uptime, t)),
    },
    version: { id: 'version', header: t('nodes.col.version'), cell: ({ row: { original: n } }) => figure(n, () => n.rabbitmq_version ?? '—') },
    alarms: { id: 'alarms', header: t('nodes.col.alarms'), cell: ({ row: { original: n } }) => figure(n, () => <NodeAlarms t={t} node={n} />) },
  };
  return ids.map((id) => all[id]);
}
