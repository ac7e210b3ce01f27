import { getOverview } from '@/lib/rabbitmq/overview';
import { withSession } from '@/lib/session/with-session';

// GET /api/overview — cluster-wide totals, rates, listeners and versions, as this user may see them
export const GET = withSession({}, async ({ credentials }) => getOverview(credentials));
