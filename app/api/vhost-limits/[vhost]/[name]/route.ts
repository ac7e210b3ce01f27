import { removeVhostLimit, setVhostLimit } from '@/lib/rabbitmq/admin/vhosts';
import { vhostLimitBodySchema, vhostLimitParams } from '@/lib/schemas/admin-vhosts';
import { withSession } from '@/lib/session/with-session';

// PUT /api/vhost-limits/:vhost/:name — set max-connections or max-queues ({ "value": N }, -1: no limit)
export const PUT = withSession({ params: vhostLimitParams, body: vhostLimitBodySchema }, async ({ credentials, params, body }) =>
  setVhostLimit(credentials, params.vhost, params.name, body.value),
);

// DELETE /api/vhost-limits/:vhost/:name — remove a limit (no limit then)
export const DELETE = withSession({ params: vhostLimitParams }, async ({ credentials, params }) =>
  removeVhostLimit(credentials, params.vhost, params.name),
);
