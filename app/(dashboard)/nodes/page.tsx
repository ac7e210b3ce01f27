import { HydrationBoundary } from '@tanstack/react-query';
import { NodesPage } from '@/components/nodes/nodes-page';
import { titled } from '@/lib/i18n/page-title';
import { nodeKeys } from '@/lib/queries/nodes/keys';
import { listNodes } from '@/lib/rabbitmq/overview';
import { prefetchAsUser } from '@/lib/session/prefetch';

export const generateMetadata = titled('nodes.title');

/** The nodes come with the HTML; the broker refuses them to users without the monitoring tag (left out then). */
export default async function Page() {
  const state = await prefetchAsUser([[nodeKeys.list(), listNodes]]);
  return (
    <HydrationBoundary state={state}>
      <NodesPage />
    </HydrationBoundary>
  );
}
