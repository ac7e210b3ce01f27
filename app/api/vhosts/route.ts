import { listVhosts } from '@/lib/rabbitmq/overview';
import { withSession } from '@/lib/session/with-session';

// GET /api/vhosts — the vhosts this user may see
export const GET = withSession({}, async ({ credentials }) => listVhosts(credentials));
