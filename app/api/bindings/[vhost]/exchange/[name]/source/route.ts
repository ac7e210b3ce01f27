import { listExchangeBindings } from '@/lib/rabbitmq/bindings';
import { exchangeBindingsParams } from '@/lib/schemas/binding';
import { exchangeFromSegment } from '@/lib/api/segments';
import { withSession } from '@/lib/session/with-session';

// GET /api/bindings/:vhost/exchange/:name/source — bindings from this exchange (to queues and exchanges)
export const GET = withSession({ params: exchangeBindingsParams }, async ({ credentials, params }) =>
  listExchangeBindings(credentials, params.vhost, exchangeFromSegment(params.name), 'source'),
);
