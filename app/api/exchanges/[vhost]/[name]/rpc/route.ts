import { z } from 'zod';
import { exchangeFromSegment } from '@/lib/api/segments';
import { rpcCall } from '@/lib/rabbitmq/rpc';
import { exchangeNameParam, nameSegment } from '@/lib/schemas/common';
import { rpcSchema } from '@/lib/schemas/messages';
import { withSession } from '@/lib/session/with-session';

const params = z.object({ vhost: nameSegment, name: exchangeNameParam });

// POST /api/exchanges/:vhost/:name/rpc — an RPC call: the request with reply_to amq.rabbitmq.reply-to and a fresh correlation_id, then the reply or a timeout
export const POST = withSession({ params, body: rpcSchema }, async ({ credentials, params, body }) =>
  rpcCall(credentials, params.vhost, exchangeFromSegment(params.name), body),
);
