import { apiFetch, queryString } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
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

/** `vhost` null: not known yet (the vhost list is loading); probing "/" would be refused for many users. */
export function useHealthQuery(vhost: string | null, refreshSeconds: number) {
  return usePolledQuery(
    {
      queryKey: overviewKeys.health(vhost ?? ''),
      queryFn: () => fetchHealth(vhost!),
      enabled: vhost !== null,
      retry: false,
    },
    refreshSeconds,
  );
}
