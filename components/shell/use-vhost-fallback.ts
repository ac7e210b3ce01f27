'use client';

import { useEffect } from 'react';

/**
 * A vhost (remembered or in the URL) that this user cannot see falls back to "All" — once the
 * broker itself says so. The list the shell has may be a second or two old (Warren's answer
 * cache), without a vhost created meanwhile: dropping the user's choice for that would surprise,
 * so a vhost missing from it is first looked for in a fresh list.
 */
export function useVhostFallback(
  vhost: string | null,
  known: ReadonlyArray<{ name: string }> | undefined,
  setVhost: (vhost: string | null) => void,
  fetchFresh: () => Promise<ReadonlyArray<{ name: string }>>,
): void {
  useEffect(() => {
    if (!vhost || !known || known.some((v) => v.name === vhost)) return;
    let current = true;
    fetchFresh().then(
      (fresh) => {
        if (current && !fresh.some((v) => v.name === vhost)) setVhost(null);
      },
      // The list cannot be had now: the choice stays, the page shows the broker's answer.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [vhost, known, setVhost, fetchFresh]);
}
