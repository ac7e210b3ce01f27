import { titled } from '@/lib/i18n/page-title';
import { HydrationBoundary } from '@tanstack/react-query';
import { ExchangesPage } from '@/components/exchanges/exchanges-page';
import { exchangeKeys } from '@/lib/queries/exchanges/keys';
import { listQueryFromUrl } from '@/lib/list-url';
import { listExchanges } from '@/lib/rabbitmq/exchanges';
import { listQuerySchema } from '@/lib/schemas/list';
import { prefetchAsUser } from '@/lib/session/prefetch';

export const generateMetadata = titled('nav.exchanges');

/** The first page of exchanges comes with the HTML; the client takes over from there. */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = listQueryFromUrl(await searchParams);
  const parsed = listQuerySchema.safeParse(query);
  const state = await prefetchAsUser(
    parsed.success ? [[exchangeKeys.list(query), (credentials) => listExchanges(credentials, parsed.data)]] : [],
  );
  return (
    <HydrationBoundary state={state}>
      <ExchangesPage />
    </HydrationBoundary>
  );
}
