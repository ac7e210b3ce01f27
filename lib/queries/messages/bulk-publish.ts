import { useCallback } from 'react';
import type { BulkProgress } from '@/lib/api/messages';
import type { BulkPublish } from '@/lib/schemas/messages';
import { exchangeUrl } from '../exchanges/exchange-url';
import { useNdjsonRun, type NdjsonRunState } from './ndjson-run';

// A bulk publish is one streamed request (lib/queries/messages/ndjson-run.ts): the answer is
// NDJSON, one BulkEvent a line, ending with the report. Aborting the request cancels it.

export { readNdjson } from './ndjson-run';

export type BulkPublishState = NdjsonRunState<BulkProgress>;

const noProgress = (requested: number): BulkProgress => ({
  type: 'done',
  requested,
  published: 0,
  confirmed: 0,
  returned: 0,
  nacked: 0,
  elapsed_ms: 0,
  rate: 0,
});

/**
 * Starts bulk publishes and follows them: the latest progress, the final report or the error.
 * `cancel()` aborts the request (the server stops publishing); leaving the page does the same.
 */
export function useBulkPublish() {
  const { start: startRun, ...run } = useNdjsonRun<BulkProgress>('publish.bulk.streamEnded');
  const start = useCallback(
    (vhost: string, exchange: string, body: BulkPublish) => startRun(`${exchangeUrl(vhost, exchange)}/publish-bulk`, body, noProgress(body.count)),
    [startRun],
  );
  return { ...run, start };
}
