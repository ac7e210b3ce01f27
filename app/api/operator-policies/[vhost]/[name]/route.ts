import { deletePolicy, getPolicy, putPolicy } from '@/lib/rabbitmq/admin/policies';
import { policyBodySchema, policyParamsSchema } from '@/lib/schemas/admin-policies';
import { requirePolicymaker } from '@/lib/session/require-tag';
import { withSession } from '@/lib/session/with-session';

const params = policyParamsSchema;

// GET /api/operator-policies/:vhost/:name — one of the operator policies
export const GET = withSession({ params }, async ({ session, credentials, params }) => {
  requirePolicymaker(session);
  return getPolicy(credentials, 'operator', params.vhost, params.name);
});

// PUT /api/operator-policies/:vhost/:name — add or update an operator policy; 201 { created: true } when new, 200 { created: false } when it replaced one
export const PUT = withSession({ params, body: policyBodySchema('operator') }, async ({ session, credentials, params, body }) => {
  requirePolicymaker(session);
  const outcome = await putPolicy(credentials, 'operator', params.vhost, params.name, body);
  return Response.json(outcome, { status: outcome.created ? 201 : 200, headers: { 'cache-control': 'no-store' } });
});

// DELETE /api/operator-policies/:vhost/:name — delete an operator policy
export const DELETE = withSession({ params }, async ({ session, credentials, params }) => {
  requirePolicymaker(session);
  await deletePolicy(credentials, 'operator', params.vhost, params.name);
});
