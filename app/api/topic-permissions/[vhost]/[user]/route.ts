import { clearTopicPermission, setTopicPermission } from '@/lib/rabbitmq/admin/permissions';
import { permissionParams, topicPermissionBodySchema, topicPermissionDeleteQuery } from '@/lib/schemas/admin-users';
import { withSession } from '@/lib/session/with-session';

// PUT /api/topic-permissions/:vhost/:user — set a user's write and read routing-key patterns for one topic exchange
export const PUT = withSession({ params: permissionParams, body: topicPermissionBodySchema }, async ({ credentials, params, body }) =>
  setTopicPermission(credentials, params.vhost, params.user, body),
);

// DELETE /api/topic-permissions/:vhost/:user?exchange= — clear a user's topic permission for one exchange, or (without) all on the vhost
export const DELETE = withSession({ params: permissionParams, query: topicPermissionDeleteQuery }, async ({ credentials, params, query }) =>
  clearTopicPermission(credentials, params.vhost, params.user, query.exchange),
);
