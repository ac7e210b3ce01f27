import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { ChannelDetailPage } from '@/components/channels/channel-detail-page';
import { channelKeys } from '@/lib/queries/channels/keys';
import { getChannel } from '@/lib/rabbitmq/channels';
import { currentSession } from '@/lib/session/session';

interface Props {
  params: Promise<{ name: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const name = safeDecode((await params).name);
  return { title: `Channel ${name}` };
}

/** One channel with its consumers: fetched here so the page arrives filled, then polled by the client. */
export default async function Page({ params }: Props) {
  const name = safeDecode((await params).name);
  const queryClient = new QueryClient();
  const state = await currentSession({ touch: false });
  if (state.status === 'active') {
    try {
      queryClient.setQueryData(
        channelKeys.detail(name),
        await getChannel({ username: state.session.username, password: state.session.password }, name),
      );
    } catch {
      // Gone or unreachable: the client asks again and shows why.
    }
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ChannelDetailPage name={name} />
    </HydrationBoundary>
  );
}

// Page params arrive percent-encoded ("127.0.0.1%3A54321%20-%3E%20…"); metadata params already
// decoded. Connection and channel names never contain "%", so decoding once is safe for both.
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
