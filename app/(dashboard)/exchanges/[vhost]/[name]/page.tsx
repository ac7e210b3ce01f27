import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { ExchangeDetailPage } from '@/components/exchanges/exchange-detail-page';
import { exchangeKeys } from '@/lib/queries/exchanges/keys';
import { getExchange } from '@/lib/rabbitmq/exchanges';
import { DEFAULT_EXCHANGE_SEGMENT } from '@/lib/routes';
import { currentSession } from '@/lib/session/session';

type Params = Promise<{ vhost: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `Exchange ${safeDecode(name)}` };
}

/** One exchange: prefetched on the server, then polled by the client. "(AMQP default)" is the default exchange. */
export default async function Page({ params }: { params: Params }) {
  const raw = await params;
  const vhost = safeDecode(raw.vhost);
  const segment = safeDecode(raw.name);
  const name = segment === DEFAULT_EXCHANGE_SEGMENT ? '' : segment;
  const queryClient = new QueryClient();
  const state = await currentSession({ touch: false });
  if (state.status === 'active') {
    const { username, password } = state.session;
    try {
      queryClient.setQueryData(exchangeKeys.detail(vhost, name), await getExchange({ username, password }, vhost, name));
    } catch {
      // Not found or unreachable: the client asks again and shows why.
    }
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ExchangeDetailPage vhost={vhost} name={name} />
    </HydrationBoundary>
  );
}

// Page params arrive still percent-encoded (unlike route handler params): decode each once.
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
