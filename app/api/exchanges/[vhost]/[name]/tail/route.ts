import { z } from 'zod';
import { exchangeFromSegment } from '@/lib/api/segments';
import { tailEvents } from '@/lib/http/sse';
import { withChannel } from '@/lib/rabbitmq/amqp';
import { tail } from '@/lib/rabbitmq/tail';
import { exchangeNameParam, nameSegment } from '@/lib/schemas/common';
import { tailQuerySchema } from '@/lib/schemas/messages';
import { RouteError, withSession } from '@/lib/session/with-session';

const params = z.object({ vhost: nameSegment, name: exchangeNameParam });

// GET /api/exchanges/:vhost/:name/tail?routing_key=&headers= — messages as they flow through the
// exchange, as Server-Sent Events, from a temporary queue that goes when the stream ends
export const GET = withSession({ params, query: tailQuerySchema }, async ({ credentials, session, params, query, req }) => {
  const exchange = exchangeFromSegment(params.name);
  if (exchange === '') {
    throw new RouteError('VALIDATION_FAILED', 'The default exchange cannot be bound to: tail the exchange the messages are published to');
  }
  // Refused with its status (404, 403) before the stream starts.
  await withChannel(credentials, params.vhost, (channel) => channel.checkExchange(exchange));
  const binding = query.headers ? { routing_key: '', arguments: query.headers } : { routing_key: query.routing_key };
  return tailEvents(req, session, (handlers, signal) =>
    tail(credentials, params.vhost, exchange, [binding], { truncate: query.truncate }, signal, handlers),
  );
});
