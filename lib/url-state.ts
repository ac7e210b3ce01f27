'use client';

import { useCallback } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { DEFAULT_REFRESH_SECONDS, isRefreshSeconds, type RefreshSeconds } from '@/lib/queries/polling';

export type ParamUpdates = Record<string, string | number | boolean | null | undefined>;

/**
 * View state that a user would share or reload lives in the URL; useUrlParams reads and updates
 * it. `beforeChange` sees the new search params before the URL changes: a list can start fetching
 * the new page at once instead of after React has re-rendered for the new URL. When it returns a
 * promise (that fetch), the URL changes once it settles, or after URL_WAIT_MS: the page then
 * renders once, with the new rows, instead of once for the URL during the broker's work (which
 * competes with it for the CPU) and again for the rows.
 */
const URL_WAIT_MS = 250;

// The URL the latest change is heading for while its fetch runs: a second change made meanwhile
// builds on it, so that neither is lost.
let pending: { seq: number; search: string } | null = null;
let lastSeq = 0;

export function useUrlParams(beforeChange?: (next: URLSearchParams) => void | Promise<unknown>) {
  const pathname = usePathname();
  const searchParams = useSearchParams();

  const set = useCallback(
    (updates: ParamUpdates, { push = false } = {}) => {
      // What the URL is or is about to be (React's searchParams can lag a change just written).
      const next = new URLSearchParams(pending ? pending.search : window.location.search);
      for (const [key, value] of Object.entries(updates)) {
        if (value === null || value === undefined || value === '' || value === false) next.delete(key);
        else next.set(key, String(value));
      }
      const search = next.toString();
      const url = search ? `${pathname}?${search}` : pathname;
      const seq = ++lastSeq;
      const from = window.location.pathname;
      pending = { seq, search };
      // The native history API, which Next.js syncs into useSearchParams: the client queries
      // fetch what the new state needs, without a server round trip that would re-render the
      // page and fetch the same list from the broker a second time.
      const write = () => {
        if (pending?.seq !== seq) return; // a later change carries this one
        pending = null;
        if (window.location.pathname !== from) return; // the user has gone to another page meanwhile
        if (push) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      };
      const fetching = beforeChange?.(next);
      if (!fetching) return write();
      void Promise.race([fetching, new Promise((resolve) => setTimeout(resolve, URL_WAIT_MS))]).then(write, write);
    },
    [pathname, beforeChange],
  );

  return { params: searchParams, set };
}

export const REMEMBERED_PARAMS = { vhost: 'warren.vhost', refresh: 'warren.refresh' } as const;

/** The selected vhost; null means "All". */
export function useVhost(): [string | null, (vhost: string | null) => void] {
  const { params, set } = useUrlParams();
  const vhost = params.get('vhost');
  const setVhost = useCallback(
    (next: string | null) => {
      remember(REMEMBERED_PARAMS.vhost, next);
      // Another vhost's list starts on its first page.
      set({ vhost: next, page: null });
    },
    [set],
  );
  return [vhost, setVhost];
}

export function useRefreshSeconds(): [RefreshSeconds, (seconds: RefreshSeconds) => void] {
  const { params, set } = useUrlParams();
  const raw = params.get('refresh');
  const parsed = raw === null ? DEFAULT_REFRESH_SECONDS : Number(raw);
  const seconds = isRefreshSeconds(parsed) ? parsed : DEFAULT_REFRESH_SECONDS;
  const setSeconds = useCallback(
    (next: RefreshSeconds) => {
      remember(REMEMBERED_PARAMS.refresh, String(next));
      set({ refresh: next === DEFAULT_REFRESH_SECONDS ? null : String(next) });
    },
    [set],
  );
  return [seconds, setSeconds];
}

function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage can be disabled; the URL still holds the state.
  }
}

export function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
