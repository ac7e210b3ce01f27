import { declareQueue, deleteQueue, getQueue } from '@/lib/rabbitmq/queues';
import { queueDeclareSchema, queueDeleteQuerySchema, queueParamsSchema } from '@/lib/schemas/queue';
import { withSession } from '@/lib/session/with-session';

// GET /api/queues/:vhost/:name — everything the broker says about one queue, with its consumers
export const GET = withSession({ params: queueParamsSchema }, async ({ credentials, params }) =>
  getQueue(credentials, params.vhost, params.name),
);

// PUT /api/queues/:vhost/:name — declare a queue (406 when it exists with other settings, 409 when it exists as asked)
export const PUT = withSession(
  { params: queueParamsSchema, body: queueDeclareSchema },
  async ({ credentials, params, body }) => {
    const result = await declareQueue(credentials, params.vhost, params.name, body);
    return Response.json(result, { status: 201, headers: { 'cache-control': 'no-store' } });
  },
);

// DELETE /api/queues/:vhost/:name?if_empty=true&if_unused=true — delete a queue (if-empty/if-unused honoured)
export const DELETE = withSession(
  { params: queueParamsSchema, query: queueDeleteQuerySchema },
  async ({ credentials, params, query }) => {
    await deleteQueue(credentials, params.vhost, params.name, { ifEmpty: query.if_empty, ifUnused: query.if_unused });
  },
);
