import { listVhostPermissions } from '@/lib/rabbitmq/admin/permissions';
import { vhostParams } from '@/lib/schemas/common';
import { withSession } from '@/lib/session/with-session';

// GET /api/vhosts/:vhost/permissions — every user's permissions on a vhost (administrators only)
export const GET = withSession({ params: vhostParams }, async ({ credentials, params }) => listVhostPermissions(credentials, params.vhost));
