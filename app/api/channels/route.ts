import { listChannels } from '@/lib/rabbitmq/channels';
import { listQuerySchema } from '@/lib/schemas/list';
import { withSession } from '@/lib/session/with-session';

// GET /api/channels — one page of channels (all, or one vhost's with ?vhost=); the broker shows a user without the monitoring tag only its own
export const GET = withSession({ query: listQuerySchema }, async ({ credentials, query }) => listChannels(credentials, query));
