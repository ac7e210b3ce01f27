import { listUsers } from '@/lib/rabbitmq/admin/users';
import { usersQuerySchema } from '@/lib/schemas/admin-users';
import { withSession } from '@/lib/session/with-session';

// GET /api/users — one page of users with their tags, vhosts and whether they have a password (paged by Warren; administrators only)
export const GET = withSession({ query: usersQuerySchema }, async ({ credentials, query }) => listUsers(credentials, query));
