import { useCallback, useEffect, useRef, useState } from 'react';
import { REAUTH_CODES } from '@/lib/api/errors';
import type { FetchedMessage, TailEnd, TailStats } from '@/lib/api/messages';
import { documentLocale } from '@/lib/i18n/define';
import { format } from '@/lib/i18n/format';
import { exchangeUrl } from '../exchanges/exchange-url';
import { seg } from '../fetcher';
import { refusal } from './ndjson-run';

// A live tail (or a firehose) is one Server-Sent Events request: "start" names the temporary
// queue, "message" is each delivery, "stats" comes every second, "end" says why it ended. The
// cookie authenticates it (same origin). Closing the EventSource (Stop, leaving the page) ends
// the request, and with it the server's temporary queue.

/** The messages kept, newest first: older ones drop out. */
export const TAIL_BUFFER = 1000;
/** Messages arriving together are shown together: one render per batch, not per message. */
const FLUSH_MS = 100;

export interface TailItem {
  /** Unique in this page (a tail's own positions start again at 1 after a reconnect). */
  id: number;
  message: FetchedMessage;
}

/** stopped: by the user; ended: by the server, the broker or a refusal (see `end`). */
export type TailStatus = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'stopped' | 'ended';

export interface TailState {
  status: TailStatus;
  /** The temporary queue (warren.tail.…) once the tail has started. */
  queue: string | null;
  /** Messages the server has sent on this tail, and how many a second lately ("stats"). */
  received: number;
  rate: number;
  /** The newest TAIL_BUFFER messages, newest first. */
  messages: TailItem[];
  /** Why it ended when the user did not stop it; `started` says whether it ever ran. */
  end: (TailEnd & { started: boolean }) | null;
}

const IDLE: TailState = { status: 'idle', queue: null, received: 0, rate: 0, messages: [], end: null };

/** An exchange's tail: a binding key (a pattern on a topic exchange), or a headers exchange's binding arguments. */
export function tailUrl(vhost: string, exchange: string, binding: { routing_key: string; headers?: Record<string, unknown> }): string {
  // Always sent, even empty: the route's default is "#".
  const search = new URLSearchParams({ routing_key: binding.routing_key });
  if (binding.headers) search.set('headers', JSON.stringify(binding.headers));
  return `${exchangeUrl(vhost, exchange)}/tail?${search}`;
}

export type FirehoseEvents = 'deliver' | 'publish';

/** A queue's firehose: its deliveries, or every publish of its vhost. */
export const firehoseUrl = (vhost: string, queue: string, events: FirehoseEvents) =>
  `/api/queues/${seg(vhost)}/${seg(queue)}/firehose?events=${events}`;

/**
 * EventSource says nothing of why a request was refused (a 403, a 404, a session gone): the same
 * request made with fetch reads the envelope. A request that succeeds this time is closed at once.
 */
async function whyClosed(url: string): Promise<TailEnd> {
  const controller = new AbortController();
  try {
    const response = await fetch(url, { headers: { accept: 'text/event-stream' }, credentials: 'same-origin', signal: controller.signal });
    if (response.ok) return { reason: 'error', message: format(documentLocale(), 'work.tail.lost') };
    const error = await refusal(response);
    return { reason: REAUTH_CODES.includes(error.code) ? 'session' : 'error', message: error.message };
  } catch {
    return { reason: 'error', message: format(documentLocale(), 'fetch.unreachable') };
  } finally {
    controller.abort();
  }
}

const parse = <T>(event: Event): T => JSON.parse((event as MessageEvent<string>).data) as T;

/** Starts, follows and stops one live tail at a time; the EventSource closes on Stop and on unmount. */
export function useTail() {
  const [state, setState] = useState<TailState>(IDLE);
  const source = useRef<EventSource | null>(null);
  const pending = useRef<TailItem[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const nextId = useRef(1);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const batch = pending.current.reverse();
    pending.current = [];
    if (batch.length) setState((previous) => ({ ...previous, messages: [...batch, ...previous.messages].slice(0, TAIL_BUFFER) }));
  }, []);

  const close = useCallback(() => {
    source.current?.close();
    source.current = null;
    flush();
  }, [flush]);

  useEffect(() => close, [close]);

  const start = useCallback(
    (url: string) => {
      close();
      setState({ ...IDLE, status: 'connecting' });
      const events = new EventSource(url);
      source.current = events;
      let started = false;
      const mine = () => source.current === events;
      const finish = (end: TailEnd) => {
        if (!mine()) return;
        close();
        setState((previous) => ({ ...previous, status: 'ended', end: { ...end, started } }));
      };

      events.addEventListener('start', (event) => {
        if (!mine()) return;
        started = true;
        const { queue } = parse<{ queue: string }>(event);
        setState((previous) => ({ ...previous, status: 'live', queue }));
      });
      events.addEventListener('message', (event) => {
        if (!mine()) return;
        pending.current.push({ id: nextId.current++, message: parse<FetchedMessage>(event) });
        if (pending.current.length > TAIL_BUFFER) pending.current.splice(0, pending.current.length - TAIL_BUFFER);
        timer.current ??= setTimeout(flush, FLUSH_MS);
      });
      events.addEventListener('stats', (event) => {
        if (!mine()) return;
        const stats = parse<TailStats>(event);
        setState((previous) => ({ ...previous, received: stats.received, rate: stats.rate, queue: stats.queue || previous.queue }));
      });
      events.addEventListener('end', (event) => finish(parse<TailEnd>(event)));
      events.onerror = () => {
        if (!mine()) return;
        // CONNECTING: the stream broke and the browser tries again (a new request, a new queue).
        if (events.readyState !== EventSource.CLOSED) return setState((previous) => ({ ...previous, status: 'reconnecting' }));
        events.close();
        void whyClosed(url).then(finish);
      };
    },
    [close, flush],
  );

  const stop = useCallback(() => {
    if (!source.current) return;
    close();
    setState((previous) => ({ ...previous, status: 'stopped' }));
  }, [close]);

  const clear = useCallback(() => {
    pending.current = [];
    setState((previous) => ({ ...previous, messages: [] }));
  }, []);

  return { ...state, start, stop, clear };
}
