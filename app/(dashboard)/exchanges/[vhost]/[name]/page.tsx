import type { Metadata } from 'next';
import { HydrationBoundary } from '@tanstack/react-query';
import { ExchangeDetailPage } from '@/components/exchanges/exchange-detail-page';
import { exchangeKeys } from '@/lib/queries/exchanges/keys';
import { getExchange } from '@/lib/rabbitmq/exchanges';
import { decodePageSegment, DEFAULT_EXCHANGE_SEGMENT } from '@/lib/routes';
import { prefetchAsUser } from '@/lib/session/prefetch';

type Params = Promise<{ vhost: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // Unlike the page's, metadata params arrive decoded already.
  const { name } = await params;
  return { title: `Exchange ${name}` };
}

/** One exchange ("(AMQP default)" is the default exchange): it comes with the HTML, then the client polls it. */
export default async function Page({ params }: { params: Params }) {
  const raw = await params;
  const vhost = decodePageSegment(raw.vhost);
  const segment = decodePageSegment(raw.name);
  const name = segment === DEFAULT_EXCHANGE_SEGMENT ? '' : segment;
  const state = await prefetchAsUser([[exchangeKeys.detail(vhost, name), (credentials) => getExchange(credentials, vhost, name)]]);
  return (
    <HydrationBoundary state={state}>
      <ExchangeDetailPage vhost={vhost} name={name} />
    </HydrationBoundary>
  );
}
