import { listPolicies } from '@/lib/rabbitmq/admin/policies';
import { listQuerySchema } from '@/lib/schemas/list';
import { requirePolicymaker } from '@/lib/session/require-tag';
import { withSession } from '@/lib/session/with-session';

// GET /api/operator-policies?vhost=&page=&page_size=&name=&use_regex=&sort=&sort_reverse= — one page of operator policies (all vhosts or one; paged by Warren: 3.10 does not page them)
export const GET = withSession({ query: listQuerySchema }, async ({ session, credentials, query }) => {
  requirePolicymaker(session);
  return listPolicies(credentials, 'operator', query);
});
