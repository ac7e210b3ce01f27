import { z } from 'zod';
import { getChannel } from '@/lib/rabbitmq/channels';
import { nameSegment } from '@/lib/schemas/common';
import { withSession } from '@/lib/session/with-session';

const params = z.object({ name: nameSegment });

// GET /api/channels/:name — one channel with its consumers and per-exchange / per-queue rates
export const GET = withSession({ params }, async ({ credentials, params }) => getChannel(credentials, params.name));
