import { listNodes } from '@/lib/rabbitmq/overview';
import { withSession } from '@/lib/session/with-session';

// GET /api/nodes — cluster nodes with their resources and alarms (monitoring/administrator)
export const GET = withSession({}, async ({ credentials }) => listNodes(credentials));
