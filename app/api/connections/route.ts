import { listConnections } from '@/lib/rabbitmq/connections';
import { listQuerySchema } from '@/lib/schemas/list';
import { withSession } from '@/lib/session/with-session';

// GET /api/connections — one page of connections (all, or one vhost's with ?vhost=); the broker shows a user without the monitoring tag only its own
export const GET = withSession({ query: listQuerySchema }, async ({ credentials, query }) => listConnections(credentials, query));
