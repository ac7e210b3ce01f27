import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { ConnectionDetailPage } from '@/components/connections/connection-detail-page';
import { connectionKeys } from '@/lib/queries/connections/keys';
import { getConnection, listConnectionChannels } from '@/lib/rabbitmq/connections';
import { currentSession } from '@/lib/session/session';

interface Props {
  params: Promise<{ name: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const name = safeDecode((await params).name);
  return { title: `Connection ${name}` };
}

/** One connection and its channels: fetched here so the page arrives filled, then polled by the client. */
export default async function Page({ params }: Props) {
  const name = safeDecode((await params).name);
  const queryClient = new QueryClient();
  const state = await currentSession({ touch: false });
  if (state.status === 'active') {
    const credentials = { username: state.session.username, password: state.session.password };
    const [connection, channels] = await Promise.allSettled([getConnection(credentials, name), listConnectionChannels(credentials, name)]);
    // Gone or unreachable: the client asks again and shows why.
    if (connection.status === 'fulfilled') queryClient.setQueryData(connectionKeys.detail(name), connection.value);
    if (channels.status === 'fulfilled') queryClient.setQueryData(connectionKeys.channels(name), channels.value);
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ConnectionDetailPage name={name} />
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
