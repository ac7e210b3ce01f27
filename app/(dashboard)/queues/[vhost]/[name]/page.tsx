import type { Metadata } from 'next';
import { titled } from '@/lib/i18n/page-title';
import { decodeSegment } from '@/lib/api/segments';
import { HydrationBoundary } from '@tanstack/react-query';
import { QueueDetailPage } from '@/components/queues/queue-detail-page';
import { queueKeys } from '@/lib/queries/queues/keys';
import { getQueue } from '@/lib/rabbitmq/queues';
import { decodePageSegment } from '@/lib/routes';
import { prefetchAsUser } from '@/lib/session/prefetch';

type Params = Promise<{ vhost: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // Unlike the page's, metadata params arrive decoded already.
  const { name } = await params;
  return titled('queues.detail.title', { name: decodeSegment(name) })();
}

/** One queue: it comes with the HTML, then the client polls it. */
export default async function Page({ params }: { params: Params }) {
  const raw = await params;
  const vhost = decodePageSegment(raw.vhost);
  const name = decodePageSegment(raw.name);
  const state = await prefetchAsUser([[queueKeys.detail(vhost, name), (credentials) => getQueue(credentials, vhost, name)]]);
  return (
    <HydrationBoundary state={state}>
      <QueueDetailPage vhost={vhost} name={name} />
    </HydrationBoundary>
  );
}
