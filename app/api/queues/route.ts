import { encodeQueuePage } from '@/lib/api/queue-wire';
import { listQueues } from '@/lib/rabbitmq/queues';
import { listQuerySchema } from '@/lib/schemas/list';
import { withSession } from '@/lib/session/with-session';

// GET /api/queues?vhost=&page=&page_size=&name=&use_regex=&sort=&sort_reverse= — one page of queues (all vhosts or one), as rows of values (lib/queries/queues/wire.ts)
export const GET = withSession({ query: listQuerySchema }, async ({ credentials, query }) =>
  encodeQueuePage(await listQueues(credentials, query)),
);
