import { getSeries } from '@/lib/rabbitmq/series';
import { seriesQuerySchema } from '@/lib/schemas/series';
import { withSession } from '@/lib/session/with-session';

// GET /api/series?of=overview|vhost|queue|exchange|connection|channel|node&vhost=&name=&range= — one chart group's samples over a range, and the ranges the broker keeps
export const GET = withSession({ query: seriesQuerySchema }, async ({ credentials, query }) =>
  getSeries(credentials, query.target, query.range),
);
