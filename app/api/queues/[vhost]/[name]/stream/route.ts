import { browseStream } from '@/lib/rabbitmq/messages';
import { mapQueueError } from '@/lib/rabbitmq/queues';
import { streamQuerySchema } from '@/lib/schemas/messages';
import { queueParamsSchema } from '@/lib/schemas/queue';
import { withSession } from '@/lib/session/with-session';

// GET /api/queues/:vhost/:name/stream?from=first|last|next|<offset>|<time>&count= — a page of a stream queue, read without consuming it
export const GET = withSession({ params: queueParamsSchema, query: streamQuerySchema }, async ({ credentials, params, query }) => {
  try {
    return await browseStream(credentials, params.vhost, params.name, query);
  } catch (error) {
    throw mapQueueError(error, params);
  }
});
