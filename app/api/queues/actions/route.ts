import { bulkQueueAction } from '@/lib/rabbitmq/queues';
import { queueBulkActionSchema } from '@/lib/schemas/queue';
import { withSession } from '@/lib/session/with-session';

// POST /api/queues/actions — purge or delete up to 500 queues, a few at a time; answers one result per queue
export const POST = withSession({ body: queueBulkActionSchema }, async ({ credentials, body }) => ({
  action: body.action,
  results: await bulkQueueAction(credentials, body),
}));
