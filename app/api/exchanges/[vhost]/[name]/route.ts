import { z } from 'zod';
import { declareExchange, deleteExchange, getExchange } from '@/lib/rabbitmq/exchanges';
import { exchangeFromSegment } from '@/lib/api/segments';
import { declareExchangeSchema, deleteExchangeQuerySchema, exchangeNameSchema } from '@/lib/schemas/exchange';
import { exchangeNameParam, nameSegment } from '@/lib/schemas/common';
import { withSession } from '@/lib/session/with-session';

const params = z.object({ vhost: nameSegment, name: exchangeNameParam });

// GET /api/exchanges/:vhost/:name — one exchange ("~", or the broker's alias "amq.default", is the default exchange)
export const GET = withSession({ params }, async ({ credentials, params }) =>
  getExchange(credentials, params.vhost, exchangeFromSegment(params.name)),
);

// PUT /api/exchanges/:vhost/:name — declare an exchange; 200 { created: false } when an identical one exists, 406 when it differs
export const PUT = withSession(
  { params: params.extend({ name: exchangeNameSchema }), body: declareExchangeSchema },
  async ({ credentials, params, body }) => {
    const outcome = await declareExchange(credentials, params.vhost, params.name, body);
    return Response.json(outcome, { status: outcome.created ? 201 : 200, headers: { 'cache-control': 'no-store' } });
  },
);

// DELETE /api/exchanges/:vhost/:name?if_unused=true — delete an exchange (built-in ones are refused)
export const DELETE = withSession({ params, query: deleteExchangeQuerySchema }, async ({ credentials, params, query }) => {
  await deleteExchange(credentials, params.vhost, exchangeFromSegment(params.name), { ifUnused: query.if_unused });
});
