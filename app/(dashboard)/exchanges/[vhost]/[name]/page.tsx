import type { Metadata } from 'next';
import { serverI18n } from '@/lib/i18n/server';
import { HydrationBoundary } from '@tanstack/react-query';
import { ExchangeDetailPage } from '@/components/exchanges/exchange-detail-page';
import { decodeSegment, exchangeFromSegment } from '@/lib/api/segments';
import { exchangeKeys } from '@/lib/queries/exchanges/keys';
import { getExchange } from '@/lib/rabbitmq/exchanges';
import { decodePageSegment } from '@/lib/routes';
import { prefetchAsUser } from '@/lib/session/prefetch';

type Params = Promise<{ vhost: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // Unlike the page's, metadata params arrive decoded already.
  const name = exchangeFromSegment(decodeSegment((await params).name));
  const { t } = await serverI18n();
  return { title: t('exchanges.detail.title', { name: name === '' ? t('exchanges.defaultName') : name }) };
}

/** One exchange ("amq.default" is the default exchange): it comes with the HTML, then the client polls it. */
export default async function Page({ params }: { params: Params }) {
  const raw = await params;
  const vhost = decodePageSegment(raw.vhost);
  const name = exchangeFromSegment(decodePageSegment(raw.name));
  const state = await prefetchAsUser([[exchangeKeys.detail(vhost, name), (credentials) => getExchange(credentials, vhost, name)]]);
  return (
    <HydrationBoundary state={state}>
      <ExchangeDetailPage vhost={vhost} name={name} />
    </HydrationBoundary>
  );
}
