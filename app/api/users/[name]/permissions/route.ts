import { listUserPermissions } from '@/lib/rabbitmq/admin/permissions';
import { userParams } from '@/lib/schemas/admin-users';
import { withSession } from '@/lib/session/with-session';

// GET /api/users/:name/permissions — the user's permissions on every vhost
export const GET = withSession({ params: userParams }, async ({ credentials, params }) => listUserPermissions(credentials, params.name));
