import { listFeatureFlags } from '@/lib/rabbitmq/admin/cluster';
import { withSession } from '@/lib/session/with-session';

// GET /api/feature-flags — the broker's feature flags with their state and stability (administrators only, the broker decides)
export const GET = withSession({}, async ({ credentials }) => listFeatureFlags(credentials));
