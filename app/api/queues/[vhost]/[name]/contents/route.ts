import { purgeQueue } from '@/lib/rabbitmq/queues';
import { queueParamsSchema } from '@/lib/schemas/queue';
import { withSession } from '@/lib/session/with-session';

// DELETE /api/queues/:vhost/:name/contents — purge a queue (drop its ready messages)
export const DELETE = withSession({ params: queueParamsSchema }, async ({ credentials, params }) => {
  await purgeQueue(credentials, params.vhost, params.name);
});
