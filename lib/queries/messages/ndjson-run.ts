import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, isErrorCode, type ApiErrorBody } from '@/lib/api/errors';
import { documentLocale } from '@/lib/i18n/define';
import { format } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n/messages';
import { queueKeys } from '../queues/keys';

// Long work that streams its progress in the answer of the request that started it (bulk
// publish, move): NDJSON, one event a line, ending with the report or an error line carrying
// the progress made. No job is kept on the server: aborting the request is what cancels it.

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
export async function refusal(response: Response): Promise<ApiError> {
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

/** What every streamed progress line has: its kind and, on the last one, how the work ended. */
export interface StreamedProgress {
  type: 'progress' | 'done';
  ended?: string;
}

type StreamedEvent<P> = P | { type: 'error'; code: string; message: string; progress: P };

export interface NdjsonRunState<P> {
  running: boolean;
  /** The latest progress line; the report once the run has ended. */
  progress: P | null;
  /** How the run ended, with its counts; null while running. */
  report: P | null;
  /** Why it failed: refused before it started (no report then), or stopped midway (the report says how far it got). */
  error: ApiError | null;
}

const IDLE = { running: false, progress: null, report: null, error: null };

/**
 * Starts streamed runs and follows them: the latest progress, the final report or the error.
 * `cancel()` aborts the request (the server stops the work); leaving the page does the same.
 * `streamEnded` says what it means when the answer ends without a report.
 */
export function useNdjsonRun<P extends StreamedProgress>(streamEnded: MessageKey) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<NdjsonRunState<P>>(IDLE);
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

  /** POSTs `body` to `url`; `nothingYet` is the progress to report when none has come. */
  const start = useCallback(
    async (url: string, body: unknown, nothingYet: P): Promise<void> => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      const update = (next: Partial<NdjsonRunState<P>>) => {
        if (current.current === controller) setState((previous) => ({ ...previous, ...next }));
      };
      const end = (report: P | null, error: ApiError | null = null) => update({ running: false, progress: report, report, error });
      setState({ ...IDLE, running: true });

      let last = nothingYet;
      let streaming = false;
      let ended = false;
      try {
        let response: Response;
        try {
          response = await fetch(url, {
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
          await readNdjson<StreamedEvent<P>>(response.body, (event) => {
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
        if (!ended) throw new ApiError('INTERNAL', format(documentLocale(), streamEnded));
      } catch (error) {
        if (ended) return;
        // Aborted: the server's own report cannot come any more; the last progress is what is known.
        if (controller.signal.aborted) end({ ...last, type: 'done', ended: 'cancelled' });
        else {
          const failure = error instanceof ApiError ? error : new ApiError('INTERNAL', error instanceof Error ? error.message : String(error));
          // Refused before doing anything (validation, permissions, nothing by that name): no report.
          end(streaming ? { ...last, type: 'done', ended: 'failed' } : null, failure);
        }
      } finally {
        if (current.current === controller) current.current = null;
        void queryClient.invalidateQueries({ queryKey: queueKeys.all });
      }
    },
    [queryClient, streamEnded],
  );

  const cancel = useCallback(() => current.current?.abort(), []);

  return { ...state, start, cancel };
}
