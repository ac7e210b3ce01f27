import { clearPermission, setPermission } from '@/lib/rabbitmq/admin/permissions';
import { permissionBodySchema, permissionParams } from '@/lib/schemas/admin-users';
import { withSession } from '@/lib/session/with-session';

// PUT /api/permissions/:vhost/:user — set a user's configure, write and read patterns on a vhost
export const PUT = withSession({ params: permissionParams, body: permissionBodySchema }, async ({ credentials, params, body }) =>
  setPermission(credentials, params.vhost, params.user, body),
);

// DELETE /api/permissions/:vhost/:user — clear a user's permissions on a vhost (no access there)
export const DELETE = withSession({ params: permissionParams }, async ({ credentials, params }) =>
  clearPermission(credentials, params.vhost, params.user),
);
