import { getClusterName, setClusterName } from '@/lib/rabbitmq/admin/cluster';
import { clusterNameBodySchema } from '@/lib/schemas/admin-vhosts';
import { withSession } from '@/lib/session/with-session';

// GET /api/cluster-name — the cluster's name ({ "name": … })
export const GET = withSession({}, async ({ credentials }) => getClusterName(credentials));

// PUT /api/cluster-name — rename the cluster ({ "name": … }: one line, not empty)
export const PUT = withSession({ body: clusterNameBodySchema }, async ({ credentials, body }) => setClusterName(credentials, body.name));
