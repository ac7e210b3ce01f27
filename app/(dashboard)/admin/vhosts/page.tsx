import { HydrationBoundary } from '@tanstack/react-query';
import { AdministratorsOnly } from '@/components/admin/administrators-only';
import { VhostsAdminPage } from '@/components/admin/vhosts/vhosts-page';
import { titled } from '@/lib/i18n/page-title';
import { listQueryFromUrl } from '@/lib/list-url';
import { adminVhostKeys, VHOST_LIST_DEFAULT_SORT } from '@/lib/queries/admin-vhosts/keys';
import { listAdminVhosts } from '@/lib/rabbitmq/admin/vhosts';
import { listQuerySchema } from '@/lib/schemas/list';
import { prefetchAsAdministrator } from '@/lib/session/prefetch-administrator';

export const generateMetadata = titled('adminVhosts.title');

/** The first page of vhosts comes with the HTML; the client takes over from there. */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = listQueryFromUrl(await searchParams, VHOST_LIST_DEFAULT_SORT);
  const parsed = listQuerySchema.safeParse(query);
  const state = await prefetchAsAdministrator(
    parsed.success ? [[adminVhostKeys.list(query), (credentials) => listAdminVhosts(credentials, parsed.data)]] : [],
  );
  return (
    <HydrationBoundary state={state}>
      <AdministratorsOnly headingKey="adminVhosts.title">
        <VhostsAdminPage />
      </AdministratorsOnly>
    </HydrationBoundary>
  );
}
