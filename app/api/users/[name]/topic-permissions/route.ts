import { listUserTopicPermissions } from '@/lib/rabbitmq/admin/permissions';
import { userParams } from '@/lib/schemas/admin-users';
import { withSession } from '@/lib/session/with-session';

// GET /api/users/:name/topic-permissions — the user's topic permissions on every vhost and exchange
export const GET = withSession({ params: userParams }, async ({ credentials, params }) => listUserTopicPermissions(credentials, params.name));
