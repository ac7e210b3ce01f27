import { z } from 'zod';
import { tailEvents } from '@/lib/http/sse';
import { getWhoami, parseTags } from '@/lib/rabbitmq/overview';
import { tail } from '@/lib/rabbitmq/tail';
import { acquireTracing, cleanUpTracing, releaseTracing } from '@/lib/rabbitmq/tracing';
import { DEFAULT_MAX_PAYLOAD_BYTES } from '@/lib/schemas/messages';
import { queueParamsSchema } from '@/lib/schemas/queue';
import { RouteError, withSession } from '@/lib/session/with-session';
import { isAdministrator } from '@/lib/tags';

const query = z.object({
  /** deliver: what consumers of this queue are given; publish: every publish in the vhost. */
  events: z.enum(['deliver', 'publish']).default('deliver'),
  truncate: z.coerce.number().int().min(1).max(DEFAULT_MAX_PAYLOAD_BYTES).default(50_000),
});

// GET /api/queues/:vhost/:name/firehose?events=deliver|publish — administrators: turns tracing on
// for the vhost while the stream lasts (every message then costs the broker a copy) and streams
// amq.rabbitmq.trace's deliver.<queue> (or publish.#) events as Server-Sent Events
export const GET = withSession({ params: queueParamsSchema, query }, async ({ credentials, session, params, query, req }) => {
  if (!isAdministrator(parseTags((await getWhoami(credentials)).tags))) {
    throw new RouteError('FORBIDDEN', 'The firehose turns tracing on for the whole virtual host: administrators only');
  }
  await cleanUpTracing(credentials);
  await acquireTracing(credentials, params.vhost);
  const routingKey = query.events === 'deliver' ? `deliver.${params.name}` : 'publish.#';
  return tailEvents(
    req,
    session,
    (handlers, signal) => tail(credentials, params.vhost, 'amq.rabbitmq.trace', [{ routing_key: routingKey }], { truncate: query.truncate }, signal, handlers),
    () => void releaseTracing(credentials, params.vhost),
  );
});
