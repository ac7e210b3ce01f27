import { z } from 'zod';
import type { BulkProgress } from '@/lib/api/messages';
import { exchangeFromSegment } from '@/lib/api/segments';
import { ndjsonResponse } from '@/lib/http/ndjson';
import { checkPublishTarget, publishMessages } from '@/lib/rabbitmq/messages';
import { exchangeNameParam, nameSegment } from '@/lib/schemas/common';
import { bulkPublishSchema } from '@/lib/schemas/messages';
import { withSession } from '@/lib/session/with-session';

const params = z.object({ vhost: nameSegment, name: exchangeNameParam });

// POST /api/exchanges/:vhost/:name/publish-bulk — publish N messages from a template; the answer
// streams the progress as NDJSON (one BulkEvent per line) and ends with the report. No job is
// kept on the server: closing the request (Cancel, leaving the page) stops the publishing.
export const POST = withSession({ params, body: bulkPublishSchema }, async ({ credentials, params, body, req }) => {
  const exchange = exchangeFromSegment(params.name);
  await checkPublishTarget(credentials, params.vhost, exchange);
  return ndjsonResponse<BulkProgress>({
    what: `POST ${req.nextUrl.pathname}`,
    run: (send) => publishMessages(credentials, params.vhost, exchange, body, req.signal, send),
    nothingDone: () => ({ type: 'done', requested: body.count, published: 0, confirmed: 0, returned: 0, nacked: 0, elapsed_ms: 0, rate: 0, ended: 'failed' }),
  });
});
