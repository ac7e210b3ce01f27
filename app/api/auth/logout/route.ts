import { closeConnectionsOf } from '@/lib/rabbitmq/amqp';
import { endSession } from '@/lib/session/session';
import { withoutSession } from '@/lib/session/with-session';

// POST /api/auth/logout — end the session and close this user's pooled AMQP connections
// (idempotent: works with an expired session or none)
export const POST = withoutSession({}, async () => {
  const ended = await endSession();
  if (ended) await closeConnectionsOf({ username: ended.username, password: ended.password });
  return undefined;
});
