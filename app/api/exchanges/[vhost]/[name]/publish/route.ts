import { z } from 'zod';
import { exchangeFromSegment } from '@/lib/api/segments';
import { publishMessage } from '@/lib/rabbitmq/messages';
import { exchangeNameParam, nameSegment } from '@/lib/schemas/common';
import { messageSchema } from '@/lib/schemas/messages';
import { withSession } from '@/lib/session/with-session';

const params = z.object({ vhost: nameSegment, name: exchangeNameParam });

// POST /api/exchanges/:vhost/:name/publish — publish one message over AMQP with confirms: routed, returned (mandatory) or nacked
export const POST = withSession({ params, body: messageSchema }, async ({ credentials, params, body }) =>
  publishMessage(credentials, params.vhost, exchangeFromSegment(params.name), body),
);
