'use client';

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { FetchedMessage, GetMessagesResult } from '@/lib/api/messages';

// What Get messages and Move messages share on a queue's page: the messages of the latest Get that
// the user ticked (their fingerprints, and the Get's count as how far the move looks for them),
// whether that Get showed dead-lettered messages, and "Move selected…" handing them over.

export interface GetSelection {
  /** Fingerprints of the ticked messages, by their position in the Get. */
  selected: ReadonlyMap<number, string>;
  /** The Get's count: the move looks this far from the head for them. Null: no Get to select from. */
  scan: number | null;
  /** The latest Get fetched messages with x-death. */
  deadLettered: boolean;
  /** Bumped by "Move selected…": the move panel takes the selection and comes into view. */
  handedOver: number;
}

interface MessageWork extends GetSelection {
  /** A Get came back: a new selection starts. `selectable` is false for the modes that took the messages out. */
  onGet: (result: GetMessagesResult, count: number, selectable: boolean) => void;
  toggle: (message: FetchedMessage, on: boolean) => void;
  setAll: (messages: readonly FetchedMessage[], on: boolean) => void;
  handOver: () => void;
}

const MessageWorkContext = createContext<MessageWork | null>(null);

/** The shared state, or null where Get messages stands alone (no selection is offered then). */
export function useMessageWork(): MessageWork | null {
  return useContext(MessageWorkContext);
}

const hasDeath = (message: FetchedMessage) => Object.hasOwn(message.headers, 'x-death');

export function MessageWorkProvider({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<ReadonlyMap<number, string>>(new Map());
  const [scan, setScan] = useState<number | null>(null);
  const [deadLettered, setDeadLettered] = useState(false);
  const [handedOver, setHandedOver] = useState(0);

  const onGet = useCallback((result: GetMessagesResult, count: number, selectable: boolean) => {
    setSelected(new Map());
    setScan(selectable && result.messages.length ? count : null);
    setDeadLettered(result.messages.some(hasDeath));
  }, []);
  const toggle = useCallback((message: FetchedMessage, on: boolean) => {
    setSelected((previous) => {
      const next = new Map(previous);
      if (on) next.set(message.position, message.fingerprint);
      else next.delete(message.position);
      return next;
    });
  }, []);
  const setAll = useCallback((messages: readonly FetchedMessage[], on: boolean) => {
    setSelected((previous) => {
      const next = new Map(previous);
      for (const message of messages) {
        if (on) next.set(message.position, message.fingerprint);
        else next.delete(message.position);
      }
      return next;
    });
  }, []);
  const handOver = useCallback(() => setHandedOver((count) => count + 1), []);

  const value = useMemo(
    () => ({ selected, scan, deadLettered, handedOver, onGet, toggle, setAll, handOver }),
    [selected, scan, deadLettered, handedOver, onGet, toggle, setAll, handOver],
  );
  return <MessageWorkContext.Provider value={value}>{children}</MessageWorkContext.Provider>;
}
