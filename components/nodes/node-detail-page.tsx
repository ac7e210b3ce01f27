'use client';

import Link from 'next/link';
import { useSessionUser } from '@/components/shell/session-context';
import { Alert } from '@/components/ui/alert';
import { Section } from '@/components/ui/card';
import { MissingNotice } from '@/components/ui/missing-notice';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api/errors';
import type { Listener } from '@/lib/api/overview';
import { formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { reportsFigures } from '@/lib/nodes';
import { useNodeQuery } from '@/lib/queries/nodes/node-query';
import { useOverviewQuery } from '@/lib/queries/overview/overview-query';
import { routes } from '@/lib/routes';
import { canMonitor } from '@/lib/tags';
import { useRefreshSeconds } from '@/lib/url-state';
import { NodeCharts } from './node-charts';
import { NodeFacts, NodePaths, NodeResources } from './node-facts';
import { NodeMemory } from './node-memory';
import { NodeStatusBadge } from './node-status-badge';
import { NodeCapabilitiesTable, NodeContextsTable, NodeListenersTable, NodePluginsTable } from './node-tables';
import { isRefused, NodesNotAllowed } from './nodes-not-allowed';

const NO_LISTENERS: Listener[] = [];

/**
 * One node. A node that is down is still a node of the cluster: its page says it is not running,
 * and shows what it reported when it last ran (while this page was open) or nothing.
 */
export function NodeDetailPage({ name }: { name: string }) {
  const { t, locale } = useI18n();
  const { tags } = useSessionUser();
  const [refresh] = useRefreshSeconds();
  const monitor = canMonitor(tags);
  const query = useNodeQuery(name, refresh, { enabled: monitor });
  // Listeners and the Erlang version come with the overview, which the shell polls anyway.
  const overview = useOverviewQuery(refresh);
  const back = (
    <Link prefetch={false} href={routes.nodes()} className="text-sm text-orange-700 hover:underline dark:text-orange-400">
      ← {t('nodes.detail.back')}
    </Link>
  );
  const heading = <h1 className="text-2xl font-semibold break-all">{t('nodes.detail.title', { name })}</h1>;

  if (!monitor || isRefused(query.error)) {
    return (
      <div className="flex flex-col gap-4">
        {back}
        {heading}
        <NodesNotAllowed />
      </div>
    );
  }
  if (query.error instanceof ApiError && query.error.code === 'NOT_FOUND' && !query.data) {
    return (
      <MissingNotice
        heading={t('nodes.detail.title', { name })}
        title={t('nodes.detail.notFound', { name })}
        hint={t('nodes.detail.notFoundHint')}
        backHref={routes.nodes()}
        backLabel={t('nodes.detail.back')}
      />
    );
  }

  const node = query.data;
  const pending = query.isPending;
  const down = node !== undefined && !node.running;
  // Stopping or starting: "running", for a few seconds, with no figures at all.
  const silent = node !== undefined && node.running && !reportsFigures(node);
  const lastKnown = down || silent ? node.last_known : undefined;
  const facts = lastKnown?.node ?? node;
  const answeredBy = overview.data?.node;
  const erlangVersion =
    answeredBy === name ? overview.data!.erlang_version : answeredBy ? t('nodes.detail.erlangElsewhere', { node: answeredBy }) : '—';
  const listeners = down ? NO_LISTENERS : overview.data?.listeners?.filter((listener) => listener.node === name);
  const none = (down || silent) && !lastKnown ? t('nodes.detail.notReported') : t('state.empty');

  return (
    <div className="flex flex-col gap-4">
      {back}
      <div className="flex flex-wrap items-center gap-3">
        {heading}
        {node ? <NodeStatusBadge running={node.running} /> : null}
      </div>

      {down ? (
        <Alert tone="error" title={t('nodes.detail.down', { name })}>
          {lastKnown ? t('nodes.detail.downLastKnown', { time: formatTime(lastKnown.at, locale) }) : t('nodes.detail.downNothing')}
        </Alert>
      ) : null}
      {silent ? (
        <Alert tone="warning" title={t('nodes.detail.silent', { name })}>
          {lastKnown ? t('nodes.detail.silentLastKnown', { time: formatTime(lastKnown.at, locale) }) : t('nodes.detail.silentNothing')}
        </Alert>
      ) : null}
      {query.error ? <QueryError what={t('nodes.detail.title', { name })} error={query.error} onRetry={() => void query.refetch()} /> : null}

      <Section title={t('nodes.detail.overview')}>
        <NodeFacts node={node} facts={facts} erlangVersion={erlangVersion} pending={pending} />
      </Section>
      <Section title={t('nodes.detail.resources')}>
        <NodeResources facts={facts} pending={pending} />
      </Section>

      {node?.running === false ? null : <NodeCharts name={name} refresh={refresh} />}

      <Section title={t('nodes.memory.title')}>
        {node ? <NodeMemory name={name} running={node.running} reporting={reportsFigures(node)} /> : <Skeleton className="h-9 w-32" />}
      </Section>

      <Section title={t('nodes.detail.paths')}>
        <NodePaths facts={facts} pending={pending} />
      </Section>

      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={t('nodes.detail.listeners')}>
          <NodeListenersTable listeners={listeners} isPending={overview.isPending} empty={down ? t('nodes.detail.notReported') : t('state.empty')} />
        </Section>
        <Section title={t('nodes.detail.contexts')}>
          <NodeContextsTable contexts={facts?.contexts} isPending={pending} empty={none} />
        </Section>
      </div>

      <Section title={t('nodes.detail.plugins')}>
        <NodePluginsTable enabled={facts?.enabled_plugins} applications={facts?.applications} isPending={pending} empty={none} />
      </Section>

      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={t('nodes.detail.exchangeTypes')}>
          <NodeCapabilitiesTable caption={t('nodes.detail.exchangeTypes')} items={facts?.exchange_types} isPending={pending} empty={none} />
        </Section>
        <Section title={t('nodes.detail.authMechanisms')}>
          <NodeCapabilitiesTable caption={t('nodes.detail.authMechanisms')} items={facts?.auth_mechanisms} isPending={pending} empty={none} />
        </Section>
      </div>
    </div>
  );
}
