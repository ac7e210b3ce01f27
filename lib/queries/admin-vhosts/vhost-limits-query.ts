import { queryOptions } from '@tanstack/react-query';
import type { VhostLimits } from '@/lib/api/admin-vhosts';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { adminVhostKeys } from './keys';

export const fetchVhostLimits = (name: string) => apiFetch<VhostLimits>(`/api/vhost-limits/${seg(name)}`);

export const vhostLimitsQueryOptions = (name: string) =>
  queryOptions({ queryKey: adminVhostKeys.limits(name), queryFn: () => fetchVhostLimits(name) });

export function useVhostLimitsQuery(name: string, refreshSeconds: number, { enabled = true } = {}) {
  return usePolledQuery({ ...vhostLimitsQueryOptions(name), enabled }, refreshSeconds);
}
