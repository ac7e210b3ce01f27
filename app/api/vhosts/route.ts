import { listAdminVhosts } from '@/lib/rabbitmq/admin/vhosts';
import { listVhosts } from '@/lib/rabbitmq/overview';
import { vhostListQuerySchema } from '@/lib/schemas/admin-vhosts';
import { withSession } from '@/lib/session/with-session';

// GET /api/vhosts?fresh=true — the vhosts this user may see (fresh: asked of the broker now, not from the answer cache)
// GET /api/vhosts?pagination=true&page=&page_size=&name=&use_regex=&sort=&sort_reverse= — one page of them for Admin, paged by the broker
export const GET = withSession({ query: vhostListQuerySchema }, async ({ credentials, query }) =>
  query.pagination === 'true' ? listAdminVhosts(credentials, query) : listVhosts(credentials, { fresh: query.fresh === 'true' }),
);
