import { listVhostTopicPermissions } from '@/lib/rabbitmq/admin/permissions';
import { vhostParams } from '@/lib/schemas/common';
import { withSession } from '@/lib/session/with-session';

// GET /api/vhosts/:vhost/topic-permissions — every user's topic permissions on a vhost (administrators only)
export const GET = withSession({ params: vhostParams }, async ({ credentials, params }) => listVhostTopicPermissions(credentials, params.vhost));
