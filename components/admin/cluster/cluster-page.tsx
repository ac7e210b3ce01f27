'use client';

import { useT } from '@/lib/i18n/i18n';
import { ClusterNameSection } from './cluster-name-section';
import { FeatureFlagsSection } from './feature-flags-section';

/** Admin → Cluster: the cluster's name and its feature flags. */
export function ClusterPage() {
  const t = useT();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('adminCluster.title')}</h1>
      <ClusterNameSection />
      <FeatureFlagsSection />
    </div>
  );
}
