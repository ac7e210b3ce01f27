import type { Connection } from '@/lib/api/connections';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { connectionKeys } from './keys';

export const fetchConnection = (name: string) => apiFetch<Connection>(`/api/connections/${seg(name)}`);

export function useConnectionQuery(name: string, refreshSeconds: number) {
  return usePolledQuery(
    {
      queryKey: connectionKeys.detail(name),
      queryFn: () => fetchConnection(name),
    },
    refreshSeconds,
  );
}
