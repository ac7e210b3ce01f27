import { HydrationBoundary } from '@tanstack/react-query';
import { titled } from '@/lib/i18n/page-title';
import { UsersPage } from '@/components/admin/users/users-page';
import { listQueryFromUrl } from '@/lib/list-url';
import { userKeys, USERS_DEFAULT_SORT, usersListQuery } from '@/lib/queries/admin-users/keys';
import { listUsers } from '@/lib/rabbitmq/admin/users';
import { usersQuerySchema } from '@/lib/schemas/admin-users';
import { prefetchAsUser } from '@/lib/session/prefetch';

export const generateMetadata = titled('admin.section.users');

/** The first page of users comes with the HTML (for administrators: the broker refuses others); the client takes over. */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = usersListQuery(listQueryFromUrl(await searchParams, USERS_DEFAULT_SORT));
  const parsed = usersQuerySchema.safeParse(query);
  const state = await prefetchAsUser(parsed.success ? [[userKeys.list(query), (credentials) => listUsers(credentials, parsed.data)]] : []);
  return (
    <HydrationBoundary state={state}>
      <UsersPage />
    </HydrationBoundary>
  );
}
