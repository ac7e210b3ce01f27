import type { Metadata } from 'next';
import { HydrationBoundary } from '@tanstack/react-query';
import { NodeDetailPage } from '@/components/nodes/node-detail-page';
import { titled } from '@/lib/i18n/page-title';
import { nodeKeys } from '@/lib/queries/nodes/keys';
import { getNode } from '@/lib/rabbitmq/nodes';
import { decodePageSegment } from '@/lib/routes';
import { prefetchAsUser } from '@/lib/session/prefetch';

interface Props {
  params: Promise<{ name: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Unlike the page's, metadata params arrive decoded already.
  return titled('nodes.detail.title', { name: (await params).name })();
}

/** One node comes with the HTML (never its memory breakdown: that is costly, and only on request). */
export default async function Page({ params }: Props) {
  const name = decodePageSegment((await params).name);
  const state = await prefetchAsUser([[nodeKeys.detail(name), (credentials) => getNode(credentials, name)]]);
  return (
    <HydrationBoundary state={state}>
      <NodeDetailPage name={name} />
    </HydrationBoundary>
  );
}
