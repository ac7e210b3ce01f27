import { listQueueBindings } from '@/lib/rabbitmq/bindings';
import { queueBindingsParams } from '@/lib/schemas/binding';
import { withSession } from '@/lib/session/with-session';

// GET /api/bindings/:vhost/queue/:name — every binding whose destination is this queue
export const GET = withSession({ params: queueBindingsParams }, async ({ credentials, params }) =>
  listQueueBindings(credentials, params.vhost, params.name),
);
