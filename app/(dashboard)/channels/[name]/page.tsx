import type { Metadata } from 'next';
import { titled } from '@/lib/i18n/page-title';
import { HydrationBoundary } from '@tanstack/react-query';
import { ChannelDetailPage } from '@/components/channels/channel-detail-page';
import { channelKeys } from '@/lib/queries/channels/keys';
import { getChannel } from '@/lib/rabbitmq/channels';
import { decodePageSegment } from '@/lib/routes';
import { prefetchAsUser } from '@/lib/session/prefetch';

interface Props {
  params: Promise<{ name: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Unlike the page's, metadata params arrive decoded already.
  return titled('channels.detail.title', { name: (await params).name })();
}

/** One channel with its consumers: it comes with the HTML, then the client polls it. */
export default async function Page({ params }: Props) {
  const name = decodePageSegment((await params).name);
  const state = await prefetchAsUser([[channelKeys.detail(name), (credentials) => getChannel(credentials, name)]]);
  return (
    <HydrationBoundary state={state}>
      <ChannelDetailPage name={name} />
    </HydrationBoundary>
  );
}
