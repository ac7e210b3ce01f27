'use client';

import { useCallback, useSyncExternalStore } from 'react';
import type { MessageKey } from '@/lib/i18n/messages';

// The queues list's optional columns and which of them the user shows. The choice is a
// per-browser preference (like the official UI's column options), kept in localStorage.

export const OPTIONAL_QUEUE_COLUMNS = [
  { id: 'type', label: 'queues.col.type', default: true },
  { id: 'features', label: 'queues.col.features', default: true },
  { id: 'state', label: 'queues.col.state', default: true },
  { id: 'consumers', label: 'queues.col.consumers', default: false },
  { id: 'consumer_capacity', label: 'queues.col.consumerCapacity', default: false },
  { id: 'ready', label: 'queues.col.ready', default: true },
  { id: 'unacked', label: 'queues.col.unacked', default: true },
  { id: 'total', label: 'queues.col.total', default: true },
  { id: 'ready_bytes', label: 'queues.col.readyBytes', default: false },
  { id: 'unacked_bytes', label: 'queues.col.unackedBytes', default: false },
  { id: 'total_bytes', label: 'queues.col.totalBytes', default: false },
  { id: 'incoming', label: 'queues.col.incoming', default: true },
  { id: 'deliver_get', label: 'queues.col.deliverGet', default: true },
  { id: 'redelivered', label: 'queues.col.redelivered', default: false },
  { id: 'ack', label: 'queues.col.ack', default: true },
] as const satisfies ReadonlyArray<{ id: string; label: MessageKey; default: boolean }>;

export type QueueColumnId = (typeof OPTIONAL_QUEUE_COLUMNS)[number]['id'];

const STORAGE_KEY = 'warren.queues.columns';
const DEFAULT_VISIBLE = OPTIONAL_QUEUE_COLUMNS.filter((c) => c.default).map((c) => c.id) as QueueColumnId[];
const DEFAULT_SNAPSHOT = DEFAULT_VISIBLE.join(',');
const KNOWN = new Set<string>(OPTIONAL_QUEUE_COLUMNS.map((c) => c.id));

const listeners = new Set<() => void>();
// Where the choice lives when localStorage is disabled: until the page is reloaded.
let memory: string | null = null;

function read(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? memory ?? DEFAULT_SNAPSHOT;
  } catch {
    return memory ?? DEFAULT_SNAPSHOT;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The visible optional columns and a setter; the server render uses the defaults. */
export function useQueueColumns(): [Set<QueueColumnId>, (id: QueueColumnId, visible: boolean) => void] {
  const snapshot = useSyncExternalStore(subscribe, read, () => DEFAULT_SNAPSHOT);
  const visible = new Set(snapshot.split(',').filter((id) => KNOWN.has(id)) as QueueColumnId[]);
  const setVisible = useCallback((id: QueueColumnId, show: boolean) => {
    const next = new Set(read().split(',').filter((c) => KNOWN.has(c)));
    if (show) next.add(id);
    else next.delete(id);
    memory = OPTIONAL_QUEUE_COLUMNS.filter((c) => next.has(c.id)).map((c) => c.id).join(',');
    try {
      localStorage.setItem(STORAGE_KEY, memory);
    } catch {
      // Storage can be disabled: `memory` keeps the choice for this page's life.
    }
    listeners.forEach((listener) => listener());
  }, []);
  return [visible, setVisible];
}
