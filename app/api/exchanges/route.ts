import { listExchanges } from '@/lib/rabbitmq/exchanges';
import { listQuerySchema } from '@/lib/schemas/list';
import { withSession } from '@/lib/session/with-session';

// GET /api/exchanges?vhost=&page=&page_size=&name=&use_regex=&sort=&sort_reverse= — one page of exchanges (all vhosts or one)
export const GET = withSession({ query: listQuerySchema }, async ({ credentials, query }) =>
  listExchanges(credentials, query),
);
