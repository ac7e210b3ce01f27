import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { ExchangesPage } from '@/components/exchanges/exchanges-page';
import { exchangeKeys } from '@/lib/queries/exchanges/keys';
import { exchangeListQuery } from '@/lib/queries/exchanges/list-query';
import { listExchanges } from '@/lib/rabbitmq/exchanges';
import { listQuerySchema } from '@/lib/schemas/list';
import { currentSession } from '@/lib/session/session';

export const metadata: Metadata = { title: 'Exchanges' };

/** The first page is fetched on the server and handed to the client's cache: the table is in the HTML. */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = exchangeListQuery(await searchParams);
  const queryClient = new QueryClient();
  const parsed = listQuerySchema.safeParse(query);
  const state = await currentSession({ touch: false });
  if (parsed.success && state.status === 'active') {
    const { username, password } = state.session;
    try {
      queryClient.setQueryData(exchangeKeys.list(query), await listExchanges({ username, password }, parsed.data));
    } catch {
      // The client asks again and shows the error where the table would be.
    }
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ExchangesPage />
    </HydrationBoundary>
  );
}
