import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ConnectionSummary, LocalPage } from '@/lib/rabbitmq/connections';
import { apiFetch, queryString } from '../fetcher';
import { listQuery, type ListParams } from '../list-params';
import { refetchInterval } from '../polling';
import { connectionKeys } from './keys';

export const fetchConnections = (params: ListParams) =>
  apiFetch<LocalPage<ConnectionSummary>>(`/api/connections${queryString(listQuery(params))}`);

/** One page of connections; the previous page stays on screen while the next one loads. */
export function useConnectionsQuery(params: ListParams, refreshSeconds: number) {
  return useQuery({
    queryKey: connectionKeys.list(params),
    queryFn: () => fetchConnections(params),
    refetchInterval: refetchInterval(refreshSeconds),
    placeholderData: keepPreviousData,
  });
}
