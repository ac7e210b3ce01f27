import 'server-only';
import { BrokerError } from '@/lib/rabbitmq/errors';

// Long work that reports as it goes (bulk publish, move): the answer is NDJSON, one event a line,
// ending with the report or an error line carrying the progress made. No job is kept on the
// server: the request's end (Cancel, leaving the page) aborts the work through its signal.

interface Reporting<P> {
  /** Runs the work; `send` writes a progress line. Its result is the last line. */
  run: (send: (progress: P) => void) => Promise<P>;
  /** The progress to report when the work fails before saying any. */
  nothingDone: () => P;
  /** For the server log, when the failure is not a broker's answer. */
  what: string;
}

export function ndjsonResponse<P>({ run, nothingDone, what }: Reporting<P>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: unknown) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          // The client has gone: the abort signal stops the work.
        }
      };
      try {
        send(await run(send));
      } catch (error) {
        const progress = (error as { progress?: P }).progress;
        const known = error instanceof BrokerError;
        if (!known) console.error(`[warren] ${what} failed:`, error);
        send({
          type: 'error',
          code: known ? error.code : 'INTERNAL',
          message: known ? error.message : 'Warren hit an unexpected error; the details are in its server log.',
          progress: progress ?? nothingDone(),
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
}
