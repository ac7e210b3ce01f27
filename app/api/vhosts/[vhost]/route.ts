import { getVhost } from '@/lib/rabbitmq/overview';
import { vhostParams } from '@/lib/schemas/common';
import { withSession } from '@/lib/session/with-session';

// GET /api/vhosts/:vhost — one vhost's queued messages and message rates
export const GET = withSession({ params: vhostParams }, async ({ credentials, params }) =>
  getVhost(credentials, params.vhost),
);
