import { titled } from '@/lib/i18n/page-title';
import { HydrationBoundary } from '@tanstack/react-query';
import { OverviewPage } from '@/components/overview/overview-page';
import { overviewKeys } from '@/lib/queries/overview/keys';
import { getOverview, listNodes, listVhosts } from '@/lib/rabbitmq/overview';
import { prefetchAsUser } from '@/lib/session/prefetch';

export const generateMetadata = titled('nav.overview');

/**
 * The overview's numbers come with the HTML; the client polls from there. Nodes are refused to
 * users without the monitoring tag: that prefetch is then simply left out.
 */
export default async function Page() {
  const state = await prefetchAsUser([
    [overviewKeys.overview(), getOverview],
    [overviewKeys.nodes(), listNodes],
    [overviewKeys.vhosts(), listVhosts],
  ]);
  return (
    <HydrationBoundary state={state}>
      <OverviewPage />
    </HydrationBoundary>
  );
}
