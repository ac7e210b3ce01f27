import { bulkDeleteUsers } from '@/lib/rabbitmq/admin/users';
import { bulkDeleteUsersSchema } from '@/lib/schemas/admin-users';
import { withSession } from '@/lib/session/with-session';

// POST /api/users/bulk-delete — delete up to 500 users in one broker request; answers which were deleted and which did not exist
export const POST = withSession({ body: bulkDeleteUsersSchema }, async ({ credentials, body }) => bulkDeleteUsers(credentials, body.users));
