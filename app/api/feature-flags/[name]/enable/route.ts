import { enableFeatureFlag } from '@/lib/rabbitmq/admin/cluster';
import { featureFlagParams } from '@/lib/schemas/admin-vhosts';
import { withSession } from '@/lib/session/with-session';

// PUT /api/feature-flags/:name/enable — enable a stable feature flag on every node (cannot be undone)
export const PUT = withSession({ params: featureFlagParams }, async ({ credentials, params }) => enableFeatureFlag(credentials, params.name));
