import { listExchangeBindings } from '@/lib/rabbitmq/bindings';
import { exchangeBindingsParams } from '@/lib/schemas/binding';
import { exchangeFromSegment } from '@/lib/api/segments';
import { withSession } from '@/lib/session/with-session';

// GET /api/bindings/:vhost/exchange/:name/destination — exchange-to-exchange bindings into this exchange
export const GET = withSession({ params: exchangeBindingsParams }, async ({ credentials, params }) =>
  listExchangeBindings(credentials, params.vhost, exchangeFromSegment(params.name), 'destination'),
);
