import type { Metadata } from 'next';
import { HydrationBoundary } from '@tanstack/react-query';
import { AdministratorsOnly } from '@/components/admin/administrators-only';
import { VhostDetailPage } from '@/components/admin/vhosts/vhost-detail-page';
import { titled } from '@/lib/i18n/page-title';
import { adminVhostKeys } from '@/lib/queries/admin-vhosts/keys';
import { getVhostDetail, getVhostLimits } from '@/lib/rabbitmq/admin/vhosts';
import { decodePageSegment } from '@/lib/routes';
import { prefetchAsAdministrator } from '@/lib/session/prefetch-administrator';

interface Props {
  params: Promise<{ name: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Unlike the page's, metadata params arrive decoded already.
  return titled('adminVhosts.detail.title', { name: (await params).name })();
}

/** One vhost and its limits: they come with the HTML, then the client polls them. */
export default async function Page({ params }: Props) {
  const name = decodePageSegment((await params).name);
  const state = await prefetchAsAdministrator([
    [adminVhostKeys.detail(name), (credentials) => getVhostDetail(credentials, name)],
    [adminVhostKeys.limits(name), (credentials) => getVhostLimits(credentials, name)],
  ]);
  return (
    <HydrationBoundary state={state}>
      <AdministratorsOnly headingKey="adminVhosts.title">
        <VhostDetailPage name={name} />
      </AdministratorsOnly>
    </HydrationBoundary>
  );
}
