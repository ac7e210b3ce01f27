import { useCallback } from 'react';
import type { MoveProgress } from '@/lib/api/messages';
import type { MoveRequest } from '@/lib/schemas/messages';
import { seg } from '../fetcher';
import { useNdjsonRun, type NdjsonRunState } from './ndjson-run';

// Move and redrive: one streamed request (lib/queries/messages/ndjson-run.ts), one MoveEvent a
// line, ending with the report. Aborting the request cancels the move: what was not moved stays.

export type MoveState = NdjsonRunState<MoveProgress>;

export const moveUrl = (vhost: string, name: string) => `/api/queues/${seg(vhost)}/${seg(name)}/move`;

const NOTHING_YET: MoveProgress = {
  type: 'done',
  source_at_start: 0,
  moved: 0,
  skipped: 0,
  failed: 0,
  duplicates_possible: 0,
  elapsed_ms: 0,
  rate: 0,
};

/**
 * Starts moves out of a queue and follows them: the latest progress, the report or the error.
 * `cancel()` aborts the request (the server stops moving); leaving the page does the same.
 */
export function useMove() {
  const { start: startRun, ...run } = useNdjsonRun<MoveProgress>('work.move.streamEnded');
  const start = useCallback((vhost: string, name: string, request: MoveRequest) => startRun(moveUrl(vhost, name), request, NOTHING_YET), [startRun]);
  return { ...run, start };
}
