import { deleteUser, getUser, saveUser } from '@/lib/rabbitmq/admin/users';
import { userBodySchema, userParams } from '@/lib/schemas/admin-users';
import { withSession } from '@/lib/session/with-session';

// GET /api/users/:name — one user's tags, limits and whether it has a password (never its hash)
export const GET = withSession({ params: userParams }, async ({ credentials, params }) => getUser(credentials, params.name));

// PUT /api/users/:name — create or update a user: tags, and a new password, no password, or the current one kept
export const PUT = withSession({ params: userParams, body: userBodySchema }, async ({ credentials, params, body }) =>
  saveUser(credentials, params.name, body),
);

// DELETE /api/users/:name — delete a user (its permissions and limits go with it)
export const DELETE = withSession({ params: userParams }, async ({ credentials, params }) => deleteUser(credentials, params.name));
