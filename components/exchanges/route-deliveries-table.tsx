'use client';

import Link from 'next/link';
import { useT } from '@/lib/i18n/i18n';
import type { QueueDelivery } from '@/lib/routing/route';
import { routes } from '@/lib/routes';
import { PathView, routeLinkClass } from './route-hops';
import { RouteTable, RouteTableRow } from './route-table';

/** A queue lists this many of its paths; the rest are counted. */
const SHOWN_PATHS = 3;

/** The queues that would receive the message, each with the paths that lead there. */
export function RouteDeliveriesTable({ vhost, deliveries }: { vhost: string; deliveries: QueueDelivery[] }) {
  const t = useT();
  return (
    <RouteTable caption={t('route.queues')} columns={[t('route.queue'), t('route.why')]}>
      {deliveries.map((delivery) => (
        <RouteTableRow
          key={delivery.queue}
          head={
            <Link prefetch={false} href={routes.queue(vhost, delivery.queue)} className={routeLinkClass}>
              {delivery.queue}
            </Link>
          }
          cells={[
            <ul key="paths" className="flex flex-col gap-1">
              {delivery.paths.slice(0, SHOWN_PATHS).map((path, i) => (
                <li key={i}>
                  <PathView vhost={vhost} path={path} />
                </li>
              ))}
              {delivery.paths.length > SHOWN_PATHS ? (
                <li className="text-xs text-zinc-500">{t('route.morePaths', { count: delivery.paths.length - SHOWN_PATHS })}</li>
              ) : null}
            </ul>,
          ]}
        />
      ))}
    </RouteTable>
  );
}
