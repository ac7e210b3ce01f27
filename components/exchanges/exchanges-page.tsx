'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import Link from 'next/link';
import type { ColumnDef } from '@/components/ui/data-table';
import { PagedList } from '@/components/ui/paged-list';
import { WhenIdle } from '@/components/ui/when-idle';
import { formatRate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { exchangesQueryOptions, useExchangesQuery } from '@/lib/queries/exchanges/exchanges-query';
import { useListUrlState } from '@/lib/queries/list-url-state';
import { useVhostColumnShown } from '@/lib/queries/overview/vhosts-query';
import type { Exchange } from '@/lib/api/exchanges';
import { routes } from '@/lib/routes';
import { useRefreshSeconds } from '@/lib/url-state';
import { ExchangeFeatureBadges } from './exchange-badges';

// Below the list and with the validation library: loaded after the page is up, not before its rows.
const AddExchangeForm = dynamic(() => import('./add-exchange-form').then((module) => module.AddExchangeForm), { ssr: false });

const rowId = (exchange: Pick<Exchange, 'vhost' | 'name'>) => JSON.stringify([exchange.vhost, exchange.name]);

export function ExchangesPage() {
  const { t } = useI18n();
  const list = useListUrlState(exchangesQueryOptions);
  const { query } = list;
  const [refresh] = useRefreshSeconds();
  const exchanges = useExchangesQuery(query, refresh);

  const showVhost = useVhostColumnShown(query.vhost, refresh);
  const columnVisibility = useMemo(() => ({ vhost: showVhost }), [showVhost]);

  const columns = useMemo<ColumnDef<Exchange, unknown>[]>(() => {
    const perSecond = (rate: number | undefined) => (rate === undefined ? '—' : t('common.perSecond', { value: formatRate(rate) }));
    return [
      { id: 'vhost', header: t('exchanges.col.vhost'), meta: { sortKey: 'vhost' }, cell: ({ row }) => <span className="break-all">{row.original.vhost}</span> },
      {
        id: 'name',
        header: t('common.name'),
        meta: { sortKey: 'name' },
        cell: ({ row }) => (
          <Link
            prefetch={false}
            href={routes.exchange(row.original.vhost, row.original.name)}
            className="break-all font-medium text-orange-700 hover:underline dark:text-orange-400"
          >
            {row.original.name === '' ? t('exchanges.defaultName') : row.original.name}
          </Link>
        ),
      },
      { id: 'type', header: t('exchanges.col.type'), meta: { sortKey: 'type' }, cell: ({ row }) => row.original.type },
      { id: 'features', header: t('exchanges.col.features'), cell: ({ row }) => <ExchangeFeatureBadges exchange={row.original} /> },
      {
        id: 'rate_in',
        header: t('exchanges.col.rateIn'),
        meta: { sortKey: 'message_stats.publish_in_details.rate', align: 'right' },
        cell: ({ row }) => perSecond(row.original.message_stats?.publish_in_details?.rate),
      },
      {
        id: 'rate_out',
        header: t('exchanges.col.rateOut'),
        meta: { sortKey: 'message_stats.publish_out_details.rate', align: 'right' },
        cell: ({ row }) => perSecond(row.original.message_stats?.publish_out_details?.rate),
      },
    ];
  }, [t]);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('nav.exchanges')}</h1>
      <PagedList
        title={t('exchanges.allExchanges')}
        list={list}
        result={exchanges}
        filterLabel={t('list.filter')}
        pagesLabel={t('exchanges.pages')}
        emptyLabel={t('exchanges.empty')}
        table={{ columns, getRowId: rowId, columnVisibility }}
      />

      <WhenIdle>
        <AddExchangeForm defaultVhost={query.vhost ?? null} />
      </WhenIdle>
    </div>
  );
}
