'use client';

import { Badge } from '@/components/ui/badge';
import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import { MeterBar } from '@/components/ui/meter-bar';
import { formatBytes, formatCount, formatDuration } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import type { Locale } from '@/lib/i18n/define';
import type { BrokerNode } from '@/lib/api/overview';

function columns(t: Translate, locale: Locale): ColumnDef<BrokerNode, unknown>[] {
  return [
    {
      id: 'name',
      header: t('overview.node.name'),
      cell: ({ row }) => (
        <div className="flex flex-col gap-0.5">
          <span className="font-medium">{row.original.name}</span>
          {row.original.running ? (
            <Badge tone="green" className="w-fit">{t('overview.node.running')}</Badge>
          ) : (
            <Badge tone="red" className="w-fit">{t('overview.node.notRunning')}</Badge>
          )}
        </div>
      ),
    },
    {
      id: 'memory',
      header: t('overview.node.memory'),
      cell: ({ row: { original: n } }) =>
        n.running ? (
          <MeterBar
            label={t('overview.node.meterLabel', { what: t('overview.node.memory'), node: n.name })}
            value={n.mem_used}
            max={n.mem_limit}
            alarm={n.mem_alarm}
            text={`${formatBytes(n.mem_used)} (${t('overview.node.highWatermark', { limit: formatBytes(n.mem_limit) })})`}
          />
        ) : null,
    },
    {
      id: 'disk',
      header: t('overview.node.disk'),
      cell: ({ row: { original: n } }) =>
        n.running ? (
          // The danger is little free space: the bar fills as free space shrinks towards the limit.
          <MeterBar
            label={t('overview.node.meterLabel', { what: t('overview.node.disk'), node: n.name })}
            value={n.disk_free_limit}
            max={n.disk_free}
            alarm={n.disk_free_alarm}
            warnAt={0.5}
            text={`${formatBytes(n.disk_free)} (${t('overview.node.lowWatermark', { limit: formatBytes(n.disk_free_limit) })})`}
          />
        ) : null,
    },
    {
      id: 'fds',
      header: t('overview.node.fds'),
      cell: ({ row: { original: n } }) => usage(t, locale, t('overview.node.fds'), n.name, n.running, n.fd_used, n.fd_total),
    },
    {
      id: 'sockets',
      header: t('overview.node.sockets'),
      cell: ({ row: { original: n } }) => usage(t, locale, t('overview.node.sockets'), n.name, n.running, n.sockets_used, n.sockets_total),
    },
    {
      id: 'processes',
      header: t('overview.node.processes'),
      cell: ({ row: { original: n } }) => usage(t, locale, t('overview.node.processes'), n.name, n.running, n.proc_used, n.proc_total),
    },
    {
      id: 'uptime',
      header: t('overview.node.uptime'),
      meta: { align: 'right' },
      cell: ({ row }) => (row.original.running ? formatDuration(row.original.uptime, t) : '—'),
    },
  ];
}

function usage(t: Translate, locale: Locale, what: string, node: string, running: boolean, used?: number, total?: number) {
  if (!running) return null;
  return (
    <MeterBar
      label={t('overview.node.meterLabel', { what, node })}
      value={used}
      max={total}
      text={t('overview.node.available', { used: formatCount(used, locale), total: formatCount(total, locale) })}
    />
  );
}

export function NodesTable({ nodes, isPending }: { nodes: BrokerNode[] | undefined; isPending: boolean }) {
  const { t, locale } = useI18n();
  return (
    <DataTable
      caption={t('overview.nodes')}
      columns={columns(t, locale)}
      data={nodes}
      isPending={isPending}
      getRowId={(node) => node.name}
      empty={t('state.empty')}
    />
  );
}
