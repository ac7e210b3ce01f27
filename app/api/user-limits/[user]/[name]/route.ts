import { clearUserLimit, setUserLimit } from '@/lib/rabbitmq/admin/users';
import { userLimitBodySchema, userLimitParams } from '@/lib/schemas/admin-users';
import { withSession } from '@/lib/session/with-session';

// PUT /api/user-limits/:user/:name — set a user's max-connections or max-channels
export const PUT = withSession({ params: userLimitParams, body: userLimitBodySchema }, async ({ credentials, params, body }) =>
  setUserLimit(credentials, params.user, params.name, body.value),
);

// DELETE /api/user-limits/:user/:name — remove that limit (no limit then)
export const DELETE = withSession({ params: userLimitParams }, async ({ credentials, params }) => clearUserLimit(credentials, params.user, params.name));
