import { previewMove } from '@/lib/rabbitmq/move';
import { mapQueueError } from '@/lib/rabbitmq/queues';
import { moveSchema } from '@/lib/schemas/messages';
import { queueParamsSchema } from '@/lib/schemas/queue';
import { withSession } from '@/lib/session/with-session';

// POST /api/queues/:vhost/:name/move-preview — a dry run of a move: where each of the first messages would go (nothing is moved)
export const POST = withSession({ params: queueParamsSchema, body: moveSchema }, async ({ credentials, params, body }) => {
  try {
    return await previewMove(credentials, params.vhost, params.name, body);
  } catch (error) {
    throw mapQueueError(error, params);
  }
});
