import type { Metadata } from 'next';
import { titled } from '@/lib/i18n/page-title';
import { HydrationBoundary } from '@tanstack/react-query';
import { ConnectionDetailPage } from '@/components/connections/connection-detail-page';
import { connectionKeys } from '@/lib/queries/connections/keys';
import { getConnection, listConnectionChannels } from '@/lib/rabbitmq/connections';
import { decodePageSegment } from '@/lib/routes';
import { prefetchAsUser } from '@/lib/session/prefetch';

interface Props {
  params: Promise<{ name: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Unlike the page's, metadata params arrive decoded already.
  return titled('connections.detail.title', { name: (await params).name })();
}

/** One connection and its channels: they come with the HTML, then the client polls them. */
export default async function Page({ params }: Props) {
  const name = decodePageSegment((await params).name);
  const state = await prefetchAsUser([
    [connectionKeys.detail(name), (credentials) => getConnection(credentials, name)],
    [connectionKeys.channels(name), (credentials) => listConnectionChannels(credentials, name)],
  ]);
  return (
    <HydrationBoundary state={state}>
      <ConnectionDetailPage name={name} />
    </HydrationBoundary>
  );
}
