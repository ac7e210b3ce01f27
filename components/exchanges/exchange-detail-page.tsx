'use client';

import { useState, type ReactNode } from 'react';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { toast } from '@/lib/toast';
import { ArgumentList } from '@/components/ui/argument-list';
import { MissingNotice } from '@/components/ui/missing-notice';
import { Alert } from '@/components/ui/alert';
import { PolicyName } from '@/components/admin/policies/effective-policy';
import { BindingsSection } from '@/components/bindings/bindings-section';
import { useChartSeries } from '@/components/charts/chart-series';
import { RangeSelect, useChartRange } from '@/components/charts/range-select';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CheckboxField } from '@/components/ui/field';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api/errors';
import { isDotSegment } from '@/lib/api/segments';
import type { SeriesKey } from '@/lib/api/series';
import { useT } from '@/lib/i18n/i18n';
import { useDeleteExchangeMutation } from '@/lib/queries/exchanges/delete-exchange-mutation';
import { useExchangeQuery } from '@/lib/queries/exchanges/exchange-query';
import { useSeriesQuery } from '@/lib/queries/series/series-query';
import { routes } from '@/lib/routes';
import { isBuiltInExchange } from '@/lib/schemas/exchange';
import { useRefreshSeconds } from '@/lib/url-state';
import { ExchangeFeatureBadges } from './exchange-badges';
import { RouteTester } from './route-tester';

// The publish form (and its validation) loads after the page, in its own chunk.
const PublishPanel = dynamic(() => import('@/components/messages/publish-panel').then((module) => module.PublishPanel), { ssr: false });
const TailPanel = dynamic(() => import('@/components/messages/tail-panel').then((module) => module.TailPanel), { ssr: false });
const RpcPanel = dynamic(() => import('@/components/messages/rpc-panel').then((module) => module.RpcPanel), { ssr: false });

const RATES: readonly SeriesKey[] = ['publish_in', 'publish_out'];

export function ExchangeDetailPage({ vhost, name }: { vhost: string; name: string }) {
  const t = useT();
  const router = useRouter();
  const [refresh] = useRefreshSeconds();
  const exchange = useExchangeQuery(vhost, name, refresh);
  const remove = useDeleteExchangeMutation();
  const [deleting, setDeleting] = useState(false);
  const [ifUnused, setIfUnused] = useState(false);
  const displayName = name === '' ? t('exchanges.defaultName') : name;
  const listHref = `${routes.exchanges()}?vhost=${encodeURIComponent(vhost)}`;
  const builtIn = isBuiltInExchange(name);
  const builtInReason = name === '' ? t('exchanges.builtInDefault') : t('exchanges.builtInAmq');

  const notFound = exchange.error instanceof ApiError && exchange.error.code === 'NOT_FOUND';
  const range = useChartRange();
  // A name the management API cannot address has no rates to chart (see the notice).
  const chartable = !isDotSegment(vhost) && !isDotSegment(name) && !notFound;
  const series = useSeriesQuery(chartable ? { of: 'exchange', vhost, name } : null, range, refresh);
  const rateSeries = useChartSeries(RATES);
  if (notFound && !exchange.data) {
    return (
      <MissingNotice
        heading={t('exchanges.detail.title', { name: displayName })}
        title={t('exchanges.detail.notFound', { name: displayName, vhost })}
        backHref={listHref}
        backLabel={t('exchanges.detail.backToList')}
      />
    );
  }

  const data = exchange.data;
  const alternate = data?.arguments?.['alternate-exchange'];

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Link prefetch={false} href={listHref} className="text-sm text-orange-700 hover:underline dark:text-orange-400">
            ← {t('exchanges.detail.backToList')}
          </Link>
          <h1 className="break-all text-2xl font-semibold">{t('exchanges.detail.title', { name: displayName })}</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {t('exchanges.detail.inVhost')} <span className="break-all font-medium text-zinc-900 dark:text-zinc-100">{vhost}</span>
          </p>
        </div>
        <div className="flex flex-col items-end gap-1">
          <Button
            variant="destructive"
            onClick={() => setDeleting(true)}
            disabled={!data || builtIn}
            aria-describedby={builtIn ? 'exchange-delete-reason' : undefined}
          >
            {t('exchanges.delete')}
          </Button>
          {builtIn ? (
            <p id="exchange-delete-reason" className="max-w-xs text-right text-xs text-zinc-600 dark:text-zinc-400">
              {builtInReason}
            </p>
          ) : null}
        </div>
      </div>

      {exchange.error ? <QueryError what={displayName} error={exchange.error} onRetry={() => void exchange.refetch()} /> : null}
      {data?.unaddressable ? <Alert tone="info">{t('exchanges.detail.unaddressable', { name })}</Alert> : null}

      <Section title={t('exchanges.detail.details')}>
        <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
          <Detail label={t('exchanges.detail.type')} pending={!data}>
            {data?.type}
          </Detail>
          <Detail label={t('exchanges.detail.features')} pending={!data}>
            {data ? <ExchangeFeatureBadges exchange={data} /> : null}
          </Detail>
          <Detail label={t('exchanges.detail.policy')} pending={!data}>
            {data?.policy ? <PolicyName kind="policy" vhost={vhost} name={data.policy} /> : <span className="text-zinc-400">{t('exchanges.detail.none')}</span>}
          </Detail>
          <Detail label={t('exchanges.detail.alternate')} pending={!data}>
            {typeof alternate === 'string' ? (
              <Link prefetch={false} href={routes.exchange(vhost, alternate)} className="break-all text-orange-700 hover:underline dark:text-orange-400">
                {alternate || t('exchanges.defaultName')}
              </Link>
            ) : (
              <span className="text-zinc-400">{t('exchanges.detail.none')}</span>
            )}
          </Detail>
          <Detail label={t('exchanges.detail.arguments')} pending={!data} wide>
            <ArgumentList args={data?.arguments} empty={t('exchanges.detail.none')} />
          </Detail>
        </dl>
      </Section>

      {chartable ? (
        <Section title={t('exchanges.detail.rates')} actions={<RangeSelect retention={series.data?.retention} />}>
          {series.error ? <QueryError what={t('charts.data')} error={series.error} onRetry={() => void series.refetch()} /> : null}
          <TimeSeriesChart title={t('exchanges.detail.rates')} unit="msg/s" series={rateSeries} data={series.data} height={160} />
        </Section>
      ) : null}

      <RouteTester vhost={vhost} exchange={name} exchangeType={data?.type} />

      {data ? (
        <div className="grid items-start gap-4 xl:grid-cols-2">
          <PublishPanel vhost={vhost} exchange={name} />
          <RpcPanel vhost={vhost} exchange={name} />
        </div>
      ) : null}

      {data && !data.unaddressable ? <TailPanel vhost={vhost} exchange={name} exchangeType={data.type} /> : null}

      <BindingsSection vhost={vhost} exchange={name} />

      <ConfirmDialog
        open={deleting}
        onOpenChange={(open) => {
          setDeleting(open);
          if (!open) setIfUnused(false);
        }}
        title={t('exchanges.deleteTitle', { name: displayName })}
        description={t('exchanges.deleteDescription')}
        confirmLabel={t('exchanges.deleteConfirm')}
        onConfirm={async () => {
          await remove.mutateAsync({ vhost, name, ifUnused });
          toast.success(t('exchanges.deleted', { name: displayName }));
          router.push(listHref);
        }}
      >
        <CheckboxField label={t('exchanges.deleteIfUnused')} checked={ifUnused} onChange={(event) => setIfUnused(event.target.checked)} />
      </ConfirmDialog>
    </div>
  );
}

function Detail({ label, pending, wide, children }: { label: string; pending: boolean; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'sm:col-span-2 lg:col-span-3' : undefined}>
      <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="mt-0.5 text-sm">{pending ? <Skeleton className="h-5 w-24" /> : children}</dd>
    </div>
  );
}
