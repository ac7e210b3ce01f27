import { deleteVhost, getVhostDetail, putVhost } from '@/lib/rabbitmq/admin/vhosts';
import { vhostBodySchema, vhostPutConditionSchema, vhostPutParams } from '@/lib/schemas/admin-vhosts';
import { vhostParams } from '@/lib/schemas/common';
import { RouteError, withSession } from '@/lib/session/with-session';

// GET /api/vhosts/:vhost — one vhost's description, tags, state per node, queued messages and message rates
export const GET = withSession({ params: vhostParams }, async ({ credentials, params }) => getVhostDetail(credentials, params.vhost));

// PUT /api/vhosts/:vhost — create a vhost or update its description and tags (If-None-Match: * creates only, If-Match: * updates only)
export const PUT = withSession({ params: vhostPutParams, body: vhostBodySchema }, async ({ credentials, params, body, req }) => {
  const condition = vhostPutConditionSchema.safeParse({ 'if-none-match': req.headers.get('if-none-match'), 'if-match': req.headers.get('if-match') });
  if (!condition.success) throw new RouteError('VALIDATION_FAILED', `Invalid headers: ${condition.error.issues[0]?.message}`);
  const result = await putVhost(credentials, params.vhost, body, condition.data);
  return Response.json(result, { status: result.created ? 201 : 200, headers: { 'cache-control': 'no-store' } });
});

// DELETE /api/vhosts/:vhost — delete a vhost with its queues, messages, exchanges and permissions
export const DELETE = withSession({ params: vhostParams }, async ({ credentials, params }) => deleteVhost(credentials, params.vhost));
