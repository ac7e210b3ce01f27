import { deletePolicy, getPolicy, putPolicy } from '@/lib/rabbitmq/admin/policies';
import { policyBodySchema, policyParamsSchema } from '@/lib/schemas/admin-policies';
import { requirePolicymaker } from '@/lib/session/require-tag';
import { withSession } from '@/lib/session/with-session';

const params = policyParamsSchema;

// GET /api/policies/:vhost/:name — one of the policies
export const GET = withSession({ params }, async ({ session, credentials, params }) => {
  requirePolicymaker(session);
  return getPolicy(credentials, 'policy', params.vhost, params.name);
});

// PUT /api/policies/:vhost/:name — add or update a policy; 201 { created: true } when new, 200 { created: false } when it replaced one
export const PUT = withSession({ params, body: policyBodySchema('policy') }, async ({ session, credentials, params, body }) => {
  requirePolicymaker(session);
  const outcome = await putPolicy(credentials, 'policy', params.vhost, params.name, body);
  return Response.json(outcome, { status: outcome.created ? 201 : 200, headers: { 'cache-control': 'no-store' } });
});

// DELETE /api/policies/:vhost/:name — delete a policy
export const DELETE = withSession({ params }, async ({ session, credentials, params }) => {
  requirePolicymaker(session);
  await deletePolicy(credentials, 'policy', params.vhost, params.name);
});
