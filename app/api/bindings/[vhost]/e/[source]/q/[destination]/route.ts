import { createBinding } from '@/lib/rabbitmq/bindings';
import { bindingPairParams, createBindingSchema } from '@/lib/schemas/binding';
import { exchangeFromSegment } from '@/lib/api/segments';
import { withSession } from '@/lib/session/with-session';

// POST /api/bindings/:vhost/e/:source/q/:destination — bind a queue to an exchange (routing key, arguments)
export const POST = withSession(
  { params: bindingPairParams, body: createBindingSchema },
  async ({ credentials, params, body }) => {
    await createBinding(credentials, params.vhost, {
      source: exchangeFromSegment(params.source),
      destinationType: 'queue',
      destination: params.destination,
      routingKey: body.routing_key,
      arguments: body.arguments,
    });
    return new Response(null, { status: 201 });
  },
);
