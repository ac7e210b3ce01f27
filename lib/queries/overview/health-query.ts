import { useQuery } from '@tanstack/react-query';
import { apiFetch, queryString } from '../fetcher';
import { refetchInterval } from '../polling';
import { overviewKeys } from './keys';

export interface Probe {
  ok: boolean;
  code?: string;
  message?: string;
}
export interface Health {
  management: Probe;
  amqp: Probe;
  checkedAt: number;
}

export const fetchHealth = (vhost: string) => apiFetch<Health>(`/api/health${queryString({ vhost })}`);

export function useHealthQuery(vhost: string, refreshSeconds: number) {
  return useQuery({
    queryKey: overviewKeys.health(vhost),
    queryFn: () => fetchHealth(vhost),
    refetchInterval: refetchInterval(refreshSeconds),
    retry: false,
  });
}
