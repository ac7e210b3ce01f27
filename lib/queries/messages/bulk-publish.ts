'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, isErrorCode, type ApiErrorBody } from '@/lib/api/errors';
import type { BulkEvent, BulkProgress } from '@/lib/api/messages';
import { documentLocale } from '@/lib/i18n/define';
import { format } from '@/lib/i18n/format';
import type { BulkPublish } from '@/lib/schemas/messages';
import { exchangeUrl } from '../exchanges/exchange-url';
import { queueKeys } from '../queues/keys';

// A bulk publish is one streamed request: the answer is NDJSON, one BulkEvent a line, ending
// with the report. No job is kept on the server: aborting the request is what cancels it.

/**
 * Reads an NDJSON body, calling `onValue` for each line as it arrives. A line may come split
 * across chunks (or a chunk carry many lines, or end inside a multi-byte character).
 */
export async function readNdjson<T>(body: ReadableStream<Uint8Array>, onValue: (value: T) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const emit = (lines: string[]) => {
    for (const line of lines) if (line.trim()) onValue(JSON.parse(line) as T);
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      emit(lines);
    }
    emit([buffer + decoder.decode()]);
  } finally {
    reader.releaseLock();
  }
}

/** A refused request's envelope as an ApiError, the way apiFetch reads it. */
async function refusal(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as Partial<ApiErrorBody> | undefined)?.error;
  if (error && isErrorCode(error.code) && typeof error.message === 'string') return new ApiError(error.code, error.message, response.status);
  return new ApiError('INTERNAL', format(documentLocale(), 'fetch.httpStatus', { status: response.status }), response.status);
}

export interface BulkPublishState {
  running: boolean;
  /** The latest progress line; the report once the run has ended. */
  progress: BulkProgress | null;
  /** How the run ended (complete, cancelled or failed) with its counts; null while running. */
  report: BulkProgress | null;
  /** Why it failed: refused before it started (no report then), or stopped midway (the report says how far it got). */
  error: ApiError | null;
}

const IDLE: BulkPublishState = { running: false, progress: null, report: null, error: null };

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
  const queryClient = useQueryClient();
  const [state, setState] = useState<BulkPublishState>(IDLE);
  // The run whose events are shown; another start or the unmount replaces it, and the
  // superseded run's late events are dropped.
  const current = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      const controller = current.current;
      current.current = null;
      controller?.abort();
    },
    [],
  );

  const start = useCallback(
    async (vhost: string, exchange: string, body: BulkPublish): Promise<void> => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      const update = (next: Partial<BulkPublishState>) => {
        if (current.current === controller) setState((previous) => ({ ...previous, ...next }));
      };
      const end = (report: BulkProgress | null, error: ApiError | null = null) => update({ running: false, progress: report, report, error });
      setState({ ...IDLE, running: true });

      let last: BulkProgress = noProgress(body.count);
      let streaming = false;
      let ended = false;
      try {
        let response: Response;
        try {
          response = await fetch(`${exchangeUrl(vhost, exchange)}/publish-bulk`, {
            method: 'POST',
            headers: { accept: 'application/x-ndjson, application/json', 'content-type': 'application/json' },
            body: JSON.stringify(body),
            credentials: 'same-origin',
            signal: controller.signal,
          });
        } catch (error) {
          if (controller.signal.aborted) throw error;
          throw new ApiError('BROKER_UNREACHABLE', format(documentLocale(), 'fetch.unreachable'), 0);
        }
        if (!response.ok) throw await refusal(response);
        streaming = true;
        if (response.body) {
          await readNdjson<BulkEvent>(response.body, (event) => {
            if (event.type === 'error') {
              ended = true;
              end(event.progress, new ApiError(isErrorCode(event.code) ? event.code : 'INTERNAL', event.message));
            } else if (event.type === 'done') {
              ended = true;
              end(event);
            } else {
              last = event;
              update({ progress: event });
            }
          });
        }
        if (!ended) throw new ApiError('INTERNAL', format(documentLocale(), 'publish.bulk.streamEnded'));
      } catch (error) {
        if (ended) return;
        // Aborted: the server's own report cannot come any more; the last progress is what is known.
        if (controller.signal.aborted) end({ ...last, type: 'done', ended: 'cancelled' });
        else {
          const failure = error instanceof ApiError ? error : new ApiError('INTERNAL', error instanceof Error ? error.message : String(error));
          // Refused before publishing anything (validation, permissions, no such exchange): no report.
          end(streaming ? { ...last, type: 'done', ended: 'failed' } : null, failure);
        }
      } finally {
        if (current.current === controller) current.current = null;
        void queryClient.invalidateQueries({ queryKey: queueKeys.all });
      }
    },
    [queryClient],
  );

  const cancel = useCallback(() => current.current?.abort(), []);

  return { ...state, start, cancel };
}
