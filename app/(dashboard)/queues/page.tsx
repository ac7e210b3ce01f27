import { titled } from '@/lib/i18n/page-title';
import { HydrationBoundary } from '@tanstack/react-query';
import { QueuesPage } from '@/components/queues/queues-page';
import { queueKeys } from '@/lib/queries/queues/keys';
import { listQueryFromUrl } from '@/lib/list-url';
import { encodeQueuePage } from '@/lib/api/queue-wire';
import { listQueues } from '@/lib/rabbitmq/queues';
import { listQuerySchema } from '@/lib/schemas/list';
import { prefetchAsUser } from '@/lib/session/prefetch';

export const generateMetadata = titled('nav.queues');

/** The first page of queues comes with the HTML; the client takes over from there. */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = listQueryFromUrl(await searchParams);
  const parsed = listQuerySchema.safeParse(query);
  const state = await prefetchAsUser(
    parsed.success ? [[queueKeys.list(query), async (credentials) => encodeQueuePage(await listQueues(credentials, parsed.data))]] : [],
  );
  return (
    <HydrationBoundary state={state}>
      <QueuesPage />
    </HydrationBoundary>
  );
}
