import type { Metadata } from 'next';
import { HydrationBoundary } from '@tanstack/react-query';
import { titled } from '@/lib/i18n/page-title';
import { UserDetailPage } from '@/components/admin/users/user-detail-page';
import { userKeys } from '@/lib/queries/admin-users/keys';
import { listUserPermissions, listUserTopicPermissions } from '@/lib/rabbitmq/admin/permissions';
import { getUser } from '@/lib/rabbitmq/admin/users';
import { decodePageSegment } from '@/lib/routes';
import { prefetchAsUser } from '@/lib/session/prefetch';

interface Props {
  params: Promise<{ name: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Unlike the page's, metadata params arrive decoded already.
  return titled('adminUsers.detail.title', { name: (await params).name })();
}

/** One user, its permissions and topic permissions: they come with the HTML, then the client polls them. */
export default async function Page({ params }: Props) {
  const name = decodePageSegment((await params).name);
  const state = await prefetchAsUser([
    [userKeys.detail(name), (credentials) => getUser(credentials, name)],
    [userKeys.permissions(name), (credentials) => listUserPermissions(credentials, name)],
    [userKeys.topicPermissions(name), (credentials) => listUserTopicPermissions(credentials, name)],
  ]);
  return (
    <HydrationBoundary state={state}>
      <UserDetailPage name={name} />
    </HydrationBoundary>
  );
}
