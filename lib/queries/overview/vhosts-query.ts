import { useQuery } from '@tanstack/react-query';
import type { Vhost } from '@/lib/api/overview';
import { apiFetch, seg } from '../fetcher';
import { refetchInterval } from '../polling';
import { overviewKeys } from './keys';

/** `fresh`: the broker's list as it is now, past Warren's short answer cache (a vhost just created elsewhere). */
export const fetchVhosts = ({ fresh = false } = {}) => apiFetch<Vhost[]>(`/api/vhosts${fresh ? '?fresh=true' : ''}`);
export const fetchVhost = (name: string) => apiFetch<Vhost>(`/api/vhosts/${seg(name)}`);

/** The vhosts for the selector: they change rarely, so they are polled at most every 30 s. */
export function useVhostsQuery(refreshSeconds: number) {
  return useQuery({
    queryKey: overviewKeys.vhosts(),
    queryFn: () => fetchVhosts(),
    refetchInterval: refetchInterval(refreshSeconds ? Math.max(refreshSeconds, 30) : 0),
  });
}

export function useVhostQuery(name: string | null, refreshSeconds: number) {
  return useQuery({
    queryKey: overviewKeys.vhost(name ?? ''),
    queryFn: () => fetchVhost(name!),
    enabled: name !== null,
    refetchInterval: refetchInterval(refreshSeconds),
  });
}

/**
 * Whether a list shows its "Virtual host" column: like the official UI, only when it tells
 * something — all vhosts are listed and the user may see more than one.
 */
export function useVhostColumnShown(selectedVhost: string | undefined, refreshSeconds: number): boolean {
  const vhosts = useVhostsQuery(refreshSeconds);
  return selectedVhost === undefined && (vhosts.data?.length ?? 2) > 1;
}
