import type { MoveProgress } from '@/lib/api/messages';
import { ndjsonResponse } from '@/lib/http/ndjson';
import { checkMoveTarget, moveMessages } from '@/lib/rabbitmq/move';
import { mapQueueError } from '@/lib/rabbitmq/queues';
import { moveSchema } from '@/lib/schemas/messages';
import { queueParamsSchema } from '@/lib/schemas/queue';
import { withSession } from '@/lib/session/with-session';

// POST /api/queues/:vhost/:name/move — move or redrive messages (confirm, then ack); the answer
// streams the progress as NDJSON (one MoveEvent per line) and ends with the report. Closing the
// request cancels it: what was not moved stays in the source.
export const POST = withSession({ params: queueParamsSchema, body: moveSchema }, async ({ credentials, params, body, req }) => {
  try {
    await checkMoveTarget(credentials, params.vhost, params.name, body);
  } catch (error) {
    throw mapQueueError(error, params);
  }
  return ndjsonResponse<MoveProgress>({
    what: `POST ${req.nextUrl.pathname}`,
    run: (send) => moveMessages(credentials, params.vhost, params.name, body, req.signal, send),
    nothingDone: () => ({ type: 'done', source_at_start: 0, moved: 0, skipped: 0, failed: 0, duplicates_possible: 0, elapsed_ms: 0, rate: 0, ended: 'failed' }),
  });
});
