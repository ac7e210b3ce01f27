import { z } from 'zod';
import { closeConnection, getConnection } from '@/lib/rabbitmq/connections';
import { closeReasonSchema, decodeReasonHeader } from '@/lib/queries/connections/force-close-schema';
import { nameSegment } from '@/lib/schemas/common';
import { RouteError, withSession } from '@/lib/session/with-session';

const params = z.object({ name: nameSegment });

// GET /api/connections/:name — one connection with its client properties and TLS details
export const GET = withSession({ params }, async ({ credentials, params }) => getConnection(credentials, params.name));

// DELETE /api/connections/:name — force-close a connection; X-Reason (percent-encoded UTF-8) is the text the client receives
export const DELETE = withSession({ params }, async ({ credentials, params, req }) => {
  const reason = closeReasonSchema.safeParse(decodeReasonHeader(req.headers.get('x-reason')));
  if (!reason.success) throw new RouteError('VALIDATION_FAILED', `Invalid X-Reason: ${reason.error.issues[0]?.message}`);
  await closeConnection(credentials, params.name, reason.data);
});
