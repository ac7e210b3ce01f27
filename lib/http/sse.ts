import 'server-only';
import type { FetchedMessage, TailEnd, TailStats } from '@/lib/api/messages';
import type { SessionData } from '@/lib/session/config';
import { SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS } from '@/lib/session/config';
import type { TailHandlers } from '@/lib/rabbitmq/tail';

// A live tail as Server-Sent Events: "start" (the temporary queue's name), "message" (each
// delivery), "stats" (every second), "end" (why it ended). The stream ends with the request (the
// page closed, EventSource.close()), and at the latest when the session would: the browser's
// EventSource then reconnects with a fresh request, which checks the session again.

const STATS_EVERY_MS = 1000;
const HEARTBEAT_MS = 15_000;
/** Buffered bytes past which the browser counts as not keeping up (acks pause). */
const HIGH_WATER_BYTES = 1024 * 1024;

type Start = (handlers: TailHandlers, signal: AbortSignal) => Promise<{ resume: () => void }>;

export function tailEvents(req: Request, session: SessionData, start: Start, onEnded?: () => void): Response {
  const encoder = new TextEncoder();
  const abort = new AbortController();
  req.signal.addEventListener('abort', () => abort.abort());
  // When the session would end (idle or absolute), whichever comes first.
  const sessionLeft = Math.min(session.createdAt + SESSION_MAX_SECONDS * 1000, Date.now() + SESSION_IDLE_SECONDS * 1000) - Date.now();
  let resume: () => void = () => {};
  let timers: NodeJS.Timeout[] = [];

  const stream = new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        let closed = false;
        let queue = '';
        let received = 0;
        const recent: number[] = [];
        const write = (text: string) => {
          if (closed) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            closed = true;
          }
        };
        const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        const finish = (end: TailEnd) => {
          send('end', end);
          closed = true;
          for (const timer of timers) clearInterval(timer);
          timers = [];
          try {
            controller.close();
          } catch {
            // the client has gone
          }
          onEnded?.();
        };
        let sessionEnd = false;
        timers = [
          setInterval(() => {
            const now = Date.now();
            while (recent.length && recent[0]! < now - 5000) recent.shift();
            const stats: TailStats = { queue, received, rate: Math.round((recent.length / 5) * 10) / 10 };
            send('stats', stats);
          }, STATS_EVERY_MS),
          setInterval(() => write(': keep-alive\n\n'), HEARTBEAT_MS),
          setTimeout(() => {
            sessionEnd = true;
            abort.abort();
          }, Math.max(1000, sessionLeft)),
        ];
        const handlers: TailHandlers = {
          onStart: (name) => {
            queue = name;
            send('start', { queue: name });
          },
          onMessage: (message: FetchedMessage) => {
            received++;
            recent.push(Date.now());
            send('message', message);
            return (controller.desiredSize ?? 1) > 0;
          },
          onEnd: (end) => finish(sessionEnd ? { reason: 'session' } : end),
        };
        try {
          ({ resume } = await start(handlers, abort.signal));
        } catch (error) {
          finish({ reason: 'error', message: error instanceof Error ? error.message : String(error) });
        }
      },
      pull() {
        resume();
      },
      cancel() {
        abort.abort();
      },
    },
    { highWaterMark: HIGH_WATER_BYTES, size: (chunk) => chunk.byteLength },
  );
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' },
  });
}
