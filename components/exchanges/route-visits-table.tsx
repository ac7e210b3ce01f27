'use client';

import { Badge } from '@/components/ui/badge';
import { useT } from '@/lib/i18n/i18n';
import type { ExchangeVisit } from '@/lib/routing/route';
import { ExchangeLink } from './route-hops';
import { RouteTable, RouteTableRow } from './route-table';

/** The exchanges the message passes: how many of their bindings matched, and where an alternate exchange took over. */
export function RouteVisitsTable({ vhost, visits }: { vhost: string; visits: ExchangeVisit[] }) {
  const t = useT();
  return (
    <RouteTable caption={t('route.exchanges')} columns={[t('route.exchange'), t('exchanges.col.type'), t('route.matched')]}>
      {visits.map((visit) => (
        <RouteTableRow
          key={visit.name}
          head={<ExchangeLink vhost={vhost} name={visit.name} />}
          cells={[
            visit.type,
            <>
              {visit.unpredictable ? (
                <Badge tone="amber" title={t('route.pluginType', visit.unpredictable.params)}>
                  {t('route.unpredictable')}
                </Badge>
              ) : (
                t('route.matchedCount', { matched: visit.matched.length, total: visit.bindingCount })
              )}
              {visit.alternate !== undefined ? (
                <span className="ml-2 text-xs text-zinc-600 dark:text-zinc-400">{t('route.viaAlternate', { name: visit.alternate })}</span>
              ) : null}
            </>,
          ]}
        />
      ))}
    </RouteTable>
  );
}
