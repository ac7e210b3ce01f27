import { z } from 'zod';
import { checkAmqp } from '@/lib/rabbitmq/amqp';
import { BrokerError } from '@/lib/rabbitmq/errors';
import { managementRequest } from '@/lib/rabbitmq/management';
import { withSession } from '@/lib/session/with-session';

interface Probe {
  ok: boolean;
  code?: string;
  message?: string;
}

async function probe(check: () => Promise<unknown>): Promise<Probe> {
  try {
    await check();
    return { ok: true };
  } catch (error) {
    if (error instanceof BrokerError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'INTERNAL', message: 'The check failed unexpectedly' };
  }
}

// GET /api/health?vhost= — can Warren reach the management API and AMQP as this user? (the banner's source)
export const GET = withSession({ query: z.object({ vhost: z.string().min(1).default('/') }) }, async ({ credentials, query }) => {
  const [management, amqp] = await Promise.all([
    probe(() => managementRequest(credentials, 'GET', '/whoami', { timeoutMs: 5_000 })),
    probe(() => checkAmqp(credentials, query.vhost)),
  ]);
  return { management, amqp, checkedAt: Date.now() };
});
