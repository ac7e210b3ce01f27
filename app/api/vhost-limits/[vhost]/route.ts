import { getVhostLimits } from '@/lib/rabbitmq/admin/vhosts';
import { vhostParams } from '@/lib/schemas/common';
import { withSession } from '@/lib/session/with-session';

// GET /api/vhost-limits/:vhost — the vhost's limits ({ "max-queues": 10 }; absent or -1: no limit)
export const GET = withSession({ params: vhostParams }, async ({ credentials, params }) => getVhostLimits(credentials, params.vhost));
