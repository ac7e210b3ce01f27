import { z } from 'zod';
import type { BulkEvent, BulkProgress } from '@/lib/api/messages';
import { exchangeFromSegment } from '@/lib/api/segments';
import { BrokerError } from '@/lib/rabbitmq/errors';
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
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: BulkEvent) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          // The client has gone: the abort signal stops the work.
        }
      };
      try {
        send(await publishMessages(credentials, params.vhost, exchange, body, req.signal, send));
      } catch (error) {
        const progress = (error as { progress?: BulkProgress }).progress;
        const known = error instanceof BrokerError;
        if (!known) console.error(`[warren] POST ${req.nextUrl.pathname} failed:`, error);
        send({
          type: 'error',
          code: known ? error.code : 'INTERNAL',
          message: known ? error.message : 'Warren hit an unexpected error; the details are in its server log.',
          progress: progress ?? { type: 'done', requested: body.count, published: 0, confirmed: 0, returned: 0, nacked: 0, elapsed_ms: 0, rate: 0, ended: 'failed' },
        });
      } finally {
        try {
          controller.close();
        } catch {
          // already closed by the client's abort
        }
      }
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
});
