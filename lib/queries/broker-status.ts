import { useSyncExternalStore } from 'react';
import { ApiError, UNREACHABLE_CODES } from '@/lib/api/errors';

/**
 * Which part of the broker cannot be reached, and since when. Fed by the health probe and by
 * any query that fails with an unreachable code; read by the banner.
 */
export interface BrokerStatus {
  management: { since: number; message: string } | null;
  amqp: { since: number; message: string } | null;
}

let status: BrokerStatus = { management: null, amqp: null };
const listeners = new Set<() => void>();

function set(next: BrokerStatus): void {
  if (next.management === status.management && next.amqp === status.amqp) return;
  status = next;
  listeners.forEach((listener) => listener());
}

export function markDown(part: keyof BrokerStatus, message: string): void {
  const current = status[part];
  if (current && current.message === message) return;
  set({ ...status, [part]: { since: current?.since ?? Date.now(), message } });
}

export function markUp(part: keyof BrokerStatus): void {
  if (status[part]) set({ ...status, [part]: null });
}

export function reportBrokerError(error: ApiError): void {
  if ((UNREACHABLE_CODES as readonly string[]).includes(error.code)) markDown('management', error.message);
}

export function useBrokerStatus(): BrokerStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
    () => status,
  );
}
