import { previewPolicy } from '@/lib/rabbitmq/admin/policies';
import { policyPreviewQuerySchema } from '@/lib/schemas/admin-policies';
import { requirePolicymaker } from '@/lib/session/require-tag';
import { withSession } from '@/lib/session/with-session';

// GET /api/operator-policies/preview?vhost=&pattern=&apply_to=&priority=&name=&keys= — the queues the pattern matches now, with the policy applying to each today (changes nothing)
export const GET = withSession({ query: policyPreviewQuerySchema }, async ({ session, credentials, query }) => {
  requirePolicymaker(session);
  return previewPolicy(credentials, 'operator', query);
});
