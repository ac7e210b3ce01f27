import { z } from 'zod';
import { listVhosts } from '@/lib/rabbitmq/overview';
import { withSession } from '@/lib/session/with-session';

const query = z.object({ fresh: z.enum(['true', 'false']).optional() });

// GET /api/vhosts?fresh=true — the vhosts this user may see (fresh: asked of the broker now, not from the answer cache)
export const GET = withSession({ query }, async ({ credentials, query }) => listVhosts(credentials, { fresh: query.fresh === 'true' }));
