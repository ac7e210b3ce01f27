'use client';

import { useMemo } from 'react';
import { useVhostsQuery } from '@/lib/queries/overview/vhosts-query';
import { useRefreshSeconds } from '@/lib/url-state';

/**
 * The vhosts a create form offers, and the one it starts on: the vhost selected in the shell,
 * else "/" when the user may use it, else their first vhost.
 */
export function useVhostChoice(defaultVhost: string | null) {
  const [refresh] = useRefreshSeconds();
  const vhosts = useVhostsQuery(refresh);
  const names = useMemo(() => vhosts.data?.map((v) => v.name) ?? [], [vhosts.data]);
  const initial = defaultVhost ?? (names.includes('/') ? '/' : (names[0] ?? ''));
  return { names, initial };
}

/** The <option>s of a form's vhost <select> (the initial one alone while the list loads). */
export function VhostOptions({ names, initial }: { names: readonly string[]; initial: string }) {
  return (
    <>
      {names.length === 0 ? <option value={initial}>{initial}</option> : null}
      {names.map((vhost) => (
        <option key={vhost} value={vhost}>
          {vhost}
        </option>
      ))}
    </>
  );
}
