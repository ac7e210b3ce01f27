import { z } from 'zod';
import { routeTest } from '@/lib/rabbitmq/exchanges';
import { routeTestQuerySchema, routeTestSchema } from '@/lib/schemas/exchange';
import { exchangeFromSegment } from '@/lib/api/segments';
import { exchangeNameParam, nameSegment } from '@/lib/schemas/common';
import { withSession } from '@/lib/session/with-session';

const params = z.object({ vhost: nameSegment, name: exchangeNameParam });

// GET /api/exchanges/:vhost/:name/route-test?routing_key=&headers={json} — where a message would go (nothing is published)
export const GET = withSession({ params, query: routeTestQuerySchema }, async ({ credentials, params, query }) =>
  routeTest(credentials, params.vhost, exchangeFromSegment(params.name), { routingKey: query.routing_key, headers: query.headers }),
);

// POST /api/exchanges/:vhost/:name/route-test { routing_key, headers } — the same, for headers too large for a URL
export const POST = withSession({ params, body: routeTestSchema }, async ({ credentials, params, body }) =>
  routeTest(credentials, params.vhost, exchangeFromSegment(params.name), { routingKey: body.routing_key, headers: body.headers }),
);
