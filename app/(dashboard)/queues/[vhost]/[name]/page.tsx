import type { Metadata } from 'next';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { QueueDetailPage } from '@/components/queues/queue-detail-page';
import { queueKeys } from '@/lib/queries/queues/keys';
import { getQueue } from '@/lib/rabbitmq/queues';
import { currentSession } from '@/lib/session/session';

type Params = Promise<{ vhost: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // Unlike the page's, metadata params arrive decoded already.
  const { name } = await params;
  return { title: `Queue ${name}` };
}

/** One queue: prefetched on the server like the list, then polled by the client. */
export default async function Page({ params }: { params: Params }) {
  const raw = await params;
  const vhost = safeDecode(raw.vhost);
  const name = safeDecode(raw.name);
  const queryClient = new QueryClient();
  const state = await currentSession({ touch: false });
  if (state.status === 'active') {
    const { username, password } = state.session;
    try {
      queryClient.setQueryData(queueKeys.detail(vhost, name), await getQueue({ username, password }, vhost, name));
    } catch {
      // Not found or unreachable: the client asks again and shows why.
    }
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <QueueDetailPage vhost={vhost} name={name} />
    </HydrationBoundary>
  );
}

// Page params arrive percent-encoded (Next re-encodes each segment for its router tree; route
// handler and metadata params are decoded): decode each once. e2e/queues.spec.ts covers "%" names.
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
