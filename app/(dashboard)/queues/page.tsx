import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { QueuesPage } from '@/components/queues/queues-page';
import { queueKeys } from '@/lib/queries/queues/keys';
import { queueListQuery } from '@/lib/queries/queues/list-query';
import { encodeQueuePage } from '@/lib/queries/queues/wire';
import { listQueues } from '@/lib/rabbitmq/queues';
import { listQuerySchema } from '@/lib/schemas/list';
import { currentSession } from '@/lib/session/session';

export const metadata: Metadata = { title: 'Queues' };

/**
 * The first page of queues is fetched here, on the server, and handed to the client's query
 * cache: the table is in the HTML instead of waiting for JavaScript and a second round trip.
 */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = queueListQuery(await searchParams);
  const queryClient = new QueryClient();
  const parsed = listQuerySchema.safeParse(query);
  const state = await currentSession({ touch: false });
  if (parsed.success && state.status === 'active') {
    const { username, password } = state.session;
    try {
      queryClient.setQueryData(queueKeys.list(query), encodeQueuePage(await listQueues({ username, password }, parsed.data)));
    } catch {
      // The client asks again and shows the error where the table would be.
    }
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <QueuesPage />
    </HydrationBoundary>
  );
}
