import { HydrationBoundary } from '@tanstack/react-query';
import { AdministratorsOnly } from '@/components/admin/administrators-only';
import { ClusterPage } from '@/components/admin/cluster/cluster-page';
import { titled } from '@/lib/i18n/page-title';
import { clusterKeys } from '@/lib/queries/cluster/keys';
import { getClusterName, listFeatureFlags } from '@/lib/rabbitmq/admin/cluster';
import { prefetchAsAdministrator } from '@/lib/session/prefetch-administrator';

export const generateMetadata = titled('adminCluster.title');

/** The cluster's name and feature flags come with the HTML. */
export default async function Page() {
  const state = await prefetchAsAdministrator([
    [clusterKeys.name(), getClusterName],
    [clusterKeys.featureFlags(), (credentials) => listFeatureFlags(credentials)],
  ]);
  return (
    <HydrationBoundary state={state}>
      <AdministratorsOnly headingKey="adminCluster.title">
        <ClusterPage />
      </AdministratorsOnly>
    </HydrationBoundary>
  );
}
