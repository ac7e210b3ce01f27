'use client';

import { useMemo } from 'react';
import { useSessionUser } from '@/components/shell/session-context';
import { DataTable } from '@/components/ui/data-table';
import { QueryError } from '@/components/ui/query-error';
import { useI18n } from '@/lib/i18n/i18n';
import { downNodeNames } from '@/lib/nodes';
import { useNodesQuery } from '@/lib/queries/overview/nodes-query';
import { canMonitor } from '@/lib/tags';
import { useRefreshSeconds } from '@/lib/url-state';
import { DownNodesAlert } from './down-nodes-alert';
import { nodeColumns, type NodeColumnId } from './node-columns';
import { isRefused, NodesNotAllowed } from './nodes-not-allowed';

const COLUMNS: readonly NodeColumnId[] = ['name', 'type', 'memory', 'disk', 'fds', 'sockets', 'processes', 'runQueue', 'uptime', 'version', 'alarms'];

/** The cluster's nodes with their resources against their limits; a node that is down is said first. */
export function NodesPage() {
  const { t, locale } = useI18n();
  const { tags } = useSessionUser();
  const [refresh] = useRefreshSeconds();
  const monitor = canMonitor(tags);
  const nodes = useNodesQuery(refresh, { enabled: monitor });
  const columns = useMemo(() => nodeColumns(COLUMNS, t, locale), [t, locale]);
  const refused = !monitor || isRefused(nodes.error);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('nodes.title')}</h1>
      {refused ? (
        <NodesNotAllowed />
      ) : (
        <>
          <DownNodesAlert names={downNodeNames(nodes.data)} />
          {nodes.error ? (
            <QueryError what={t('nodes.title')} error={nodes.error} onRetry={() => void nodes.refetch()} />
          ) : (
            <DataTable
              caption={t('nodes.title')}
              columns={columns}
              data={nodes.data}
              isPending={nodes.isPending}
              getRowId={(node) => node.name}
              empty={t('state.empty')}
            />
          )}
        </>
      )}
    </div>
  );
}
