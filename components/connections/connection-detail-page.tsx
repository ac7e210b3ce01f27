'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { toast } from '@/lib/toast';
import { ChannelsTable } from '@/components/channels/channels-table';
import { useChartSeries } from '@/components/charts/chart-series';
import { RangeSelect, useChartRange } from '@/components/charts/range-select';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { useSessionUser } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api/errors';
import type { SeriesKey } from '@/lib/api/series';
import { formatBytes, formatCount } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import { useConnectionChannelsQuery } from '@/lib/queries/connections/connection-channels-query';
import { useConnectionQuery } from '@/lib/queries/connections/connection-query';
import { useSeriesQuery } from '@/lib/queries/series/series-query';
import type { ClientProperties, Connection } from '@/lib/api/connections';
import { routes } from '@/lib/routes';
import { isAdministrator } from '@/lib/tags';
import { useRefreshSeconds } from '@/lib/url-state';
import { DetailList, type DetailItem } from '@/components/ui/detail-list';
import { MissingNotice } from '@/components/ui/missing-notice';
import { ForceCloseDialog } from './force-close-dialog';
import { formatDateTime, hostPort } from './format';
import { StateBadge } from './state-badge';

const DATA_RATES: readonly SeriesKey[] = ['recv_oct', 'send_oct'];

const KNOWN_PROPERTIES = new Set(['connection_name', 'product', 'version', 'platform', 'information', 'copyright', 'capabilities']);

export function ConnectionDetailPage({ name }: { name: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { username, tags } = useSessionUser();
  const [refresh] = useRefreshSeconds();
  const [closing, setClosing] = useState(false);
  const query = useConnectionQuery(name, refresh);
  const gone = query.error instanceof ApiError && query.error.code === 'NOT_FOUND';
  const channels = useConnectionChannelsQuery(name, refresh, { enabled: !gone });
  const range = useChartRange();
  const series = useSeriesQuery(gone ? null : { of: 'connection', name }, range, refresh);
  const rateSeries = useChartSeries(DATA_RATES);
  const c = query.data;
  const clientName = c?.client_properties?.connection_name;
  const label = clientName || name;
  // The broker decides; the button is only offered to whoever it would let close this connection.
  const canClose = Boolean(c) && (isAdministrator(tags) || c?.user === username);

  const back = (
    <Link prefetch={false} href={routes.connections()} className="text-sm text-orange-700 hover:underline dark:text-orange-400">
      ← {t('connections.detail.back')}
    </Link>
  );

  if (gone) {
    return (
      <MissingNotice
        tone="info"
        heading={t('connections.detail.title', { name })}
        title={t('connections.detail.gone', { name })}
        hint={t('connections.detail.goneHint')}
        backHref={routes.connections()}
        backLabel={t('connections.detail.back')}
      />
    );
  }

  const pending = query.isPending;
  const overview: DetailItem[] = [
    { label: t('connections.clientName'), value: clientName || '—' },
    { label: t('connections.col.user'), value: c?.user },
    { label: t('connections.col.vhost'), value: c?.vhost },
    { label: t('connections.col.node'), value: c?.node ?? '—' },
    { label: t('connections.col.state'), value: <StateBadge state={c?.state} /> },
    { label: t('connections.col.protocol'), value: c?.protocol ?? '—' },
    { label: t('connections.detail.authMechanism'), value: c?.auth_mechanism ?? '—' },
    { label: t('connections.col.connectedAt'), value: formatDateTime(c?.connected_at, locale) },
    {
      label: t('connections.col.heartbeat'),
      value: c?.timeout ? t('connections.seconds', { seconds: c.timeout }) : t('connections.heartbeatOff'),
    },
    { label: t('connections.col.frameMax'), value: c?.frame_max === undefined ? '—' : t('connections.bytes', { bytes: c.frame_max }) },
    { label: t('connections.detail.channelMax'), value: formatCount(c?.channel_max, locale) },
    { label: t('connections.detail.peer'), value: hostPort(c?.peer_host, c?.peer_port) },
    { label: t('connections.detail.local'), value: hostPort(c?.host, c?.port) },
    { label: t('connections.col.ssl'), value: c?.ssl ? <Badge tone="green">{c.ssl_protocol ?? t('connections.tls')}</Badge> : t('connections.noTls') },
  ];

  const rates: DetailItem[] = [
    {
      label: t('connections.detail.received'),
      value: `${formatBytes(c?.recv_oct)} · ${t('connections.detail.packets', { count: c?.recv_cnt ?? 0 })}`,
    },
    {
      label: t('connections.detail.sent'),
      value: `${formatBytes(c?.send_oct)} · ${t('connections.detail.packets', { count: c?.send_cnt ?? 0 })}`,
    },
    { label: t('connections.detail.sendPending'), value: formatBytes(c?.send_pend) },
  ];

  return (
    <div className="flex flex-col gap-4">
      {back}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold break-all">{t('connections.detail.title', { name: label })}</h1>
          {clientName ? <p className="text-sm break-all text-zinc-600 dark:text-zinc-400">{name}</p> : null}
        </div>
        {canClose ? (
          <Button variant="destructive" onClick={() => setClosing(true)}>
            {t('connections.close.button')}
          </Button>
        ) : null}
      </div>

      {query.error ? <QueryError what={t('connections.detail.title', { name })} error={query.error} onRetry={() => void query.refetch()} /> : null}

      <Section title={t('connections.detail.overview')}>
        <DetailList items={overview} pending={pending} />
      </Section>

      {/* The chart's legend has the current rates from and to the client; the totals follow. */}
      <Section title={t('connections.detail.dataRates')} actions={<RangeSelect retention={series.data?.retention} />}>
        <div className="flex flex-col gap-4">
          {series.error ? <QueryError what={t('charts.data')} error={series.error} onRetry={() => void series.refetch()} /> : null}
          <TimeSeriesChart title={t('connections.detail.dataRates')} unit="B/s" series={rateSeries} data={series.data} height={160} />
          <DetailList items={rates} pending={pending} />
        </div>
      </Section>

      <Section title={t('connections.detail.channels')}>
        {channels.error ? (
          <QueryError what={t('connections.detail.channels')} error={channels.error} onRetry={() => void channels.refetch()} />
        ) : (
          <ChannelsTable
            caption={t('connections.detail.channels')}
            channels={channels.data}
            isPending={channels.isPending}
            empty={t('connections.detail.noChannels')}
            columnVisibility={{ node: false, vhost: false, user: false, uncommitted_msgs: false, uncommitted_acks: false, rate_return: false, rate_redeliver: false }}
          />
        )}
      </Section>

      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={t('connections.detail.clientProperties')}>
          {pending ? <DetailList items={[{ label: t('connections.detail.product'), value: null }]} pending /> : <ClientPropertiesView t={t} properties={c?.client_properties} />}
        </Section>
        <Section title={t('connections.detail.tls')}>
          {pending ? <DetailList items={[{ label: t('connections.detail.tlsProtocol'), value: null }]} pending /> : <TlsView t={t} connection={c} />}
        </Section>
      </div>

      {canClose && c ? (
        <ForceCloseDialog
          name={name}
          label={label}
          open={closing}
          onOpenChange={setClosing}
          onClosed={() => {
            toast.success(t('connections.close.done', { name: label }));
            router.push(routes.connections());
          }}
        />
      ) : null}
    </div>
  );
}

function ClientPropertiesView({ t, properties }: { t: Translate; properties: ClientProperties | undefined }) {
  if (!properties || Object.keys(properties).length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('connections.detail.noClientProperties')}</p>;
  }
  const text = (value: unknown) => (value === undefined || value === null || value === '' ? '—' : String(value));
  const others = Object.entries(properties).filter(([key]) => !KNOWN_PROPERTIES.has(key));
  const capabilities = Object.entries(properties.capabilities ?? {});
  return (
    <div className="flex flex-col gap-4">
      <DetailList
        className="sm:grid-cols-2 xl:grid-cols-2"
        items={[
          { label: t('connections.detail.product'), value: text(properties.product) },
          { label: t('connections.detail.version'), value: text(properties.version) },
          { label: t('connections.detail.platform'), value: text(properties.platform) },
          { label: t('connections.detail.information'), value: text(properties.information) },
          ...(properties.copyright ? [{ label: t('connections.detail.copyright'), value: text(properties.copyright), wide: true }] : []),
          ...others.map(([key, value]) => ({
            label: key,
            value: typeof value === 'object' ? JSON.stringify(value) : text(value),
            wide: true,
          })),
        ]}
      />
      {capabilities.length ? (
        <div>
          <h3 className="mb-1 text-xs text-zinc-600 dark:text-zinc-400">{t('connections.detail.capabilities')}</h3>
          <ul className="flex flex-wrap gap-1.5" aria-label={t('connections.detail.capabilities')}>
            {capabilities.map(([capability, enabled]) => (
              <li key={capability}>
                <Badge tone={enabled ? 'green' : 'neutral'}>
                  {capability}: {enabled ? t('common.yes') : t('common.no')}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function TlsView({ t, connection }: { t: Translate; connection: Connection | undefined }) {
  if (!connection?.ssl) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('connections.detail.noTls')}</p>;
  const text = (value: string | null | undefined) => value || '—';
  return (
    <DetailList
      className="sm:grid-cols-2 xl:grid-cols-2"
      items={[
        { label: t('connections.detail.tlsProtocol'), value: text(connection.ssl_protocol) },
        { label: t('connections.detail.keyExchange'), value: text(connection.ssl_key_exchange) },
        { label: t('connections.detail.cipher'), value: text(connection.ssl_cipher) },
        { label: t('connections.detail.hash'), value: text(connection.ssl_hash) },
        { label: t('connections.detail.peerCertSubject'), value: text(connection.peer_cert_subject), wide: true },
        { label: t('connections.detail.peerCertIssuer'), value: text(connection.peer_cert_issuer), wide: true },
        { label: t('connections.detail.peerCertValidity'), value: text(connection.peer_cert_validity), wide: true },
      ]}
    />
  );
}
