import { z } from 'zod';
import { listConnectionChannels } from '@/lib/rabbitmq/connections';
import { nameSegment } from '@/lib/schemas/common';
import { withSession } from '@/lib/session/with-session';

const params = z.object({ name: nameSegment });

// GET /api/connections/:name/channels — the channels of one connection (at most its channel_max)
export const GET = withSession({ params }, async ({ credentials, params }) => listConnectionChannels(credentials, params.name));
