import { z } from 'zod';
import { getNode } from '@/lib/rabbitmq/nodes';
import { nameSegment } from '@/lib/schemas/common';
import { booleanFlag } from '@/lib/schemas/list';
import { withSession } from '@/lib/session/with-session';

const params = z.object({ name: nameSegment });
const query = z.object({ memory: booleanFlag });

// GET /api/nodes/:name?memory=true — one node (a node that is down: running false); memory=true adds its memory breakdown (costly)
export const GET = withSession({ params, query }, async ({ credentials, params, query }) =>
  getNode(credentials, params.name, { memory: query.memory ?? false }),
);
