import { useQuery } from '@tanstack/react-query';
import type { Connection } from '@/lib/api/connections';
import { apiFetch, seg } from '../fetcher';
import { refetchInterval } from '../polling';
import { connectionKeys } from './keys';

export const fetchConnection = (name: string) => apiFetch<Connection>(`/api/connections/${seg(name)}`);

export function useConnectionQuery(name: string, refreshSeconds: number) {
  return useQuery({
    queryKey: connectionKeys.detail(name),
    queryFn: () => fetchConnection(name),
    refetchInterval: refetchInterval(refreshSeconds),
  });
}
