import { getMessages } from '@/lib/rabbitmq/messages';
import { mapQueueError } from '@/lib/rabbitmq/queues';
import { getMessagesSchema } from '@/lib/schemas/messages';
import { queueParamsSchema } from '@/lib/schemas/queue';
import { withSession } from '@/lib/session/with-session';

// POST /api/queues/:vhost/:name/get — Get messages over AMQP; the default ack mode requeues every message (nothing is removed)
export const POST = withSession({ params: queueParamsSchema, body: getMessagesSchema }, async ({ credentials, params, body }) => {
  try {
    return await getMessages(credentials, params.vhost, params.name, body);
  } catch (error) {
    throw mapQueueError(error, params);
  }
});
