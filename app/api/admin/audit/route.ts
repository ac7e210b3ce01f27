import { readAudit } from '@/lib/audit/audit-log';
import { getWhoami, parseTags } from '@/lib/rabbitmq/overview';
import { auditQuerySchema } from '@/lib/schemas/audit';
import { RouteError, withSession } from '@/lib/session/with-session';
import { isAdministrator } from '@/lib/tags';

// GET /api/admin/audit — the changes made through this Warren instance, newest first (administrators only)
export const GET = withSession({ query: auditQuerySchema }, async ({ credentials, query }) => {
  // The log is Warren's own, so Warren checks the tag: as the broker has it now, not as at login.
  const whoami = await getWhoami(credentials);
  if (!isAdministrator(parseTags(whoami.tags))) throw new RouteError('FORBIDDEN', 'The audit log is for administrators only');
  return readAudit(query);
});
