import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ConnectionSummary } from '@/lib/api/connections';
import type { LocalPage } from '@/lib/api/page';
import type { ListUrlQuery } from '@/lib/list-url';
import { apiFetch, queryString } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { connectionKeys } from './keys';

/** Connections sort by name unless the URL says otherwise, as in the official UI. */
export const CONNECTIONS_DEFAULT_SORT = 'name';

export const fetchConnections = (query: ListUrlQuery) =>
  apiFetch<LocalPage<ConnectionSummary>>(`/api/connections${queryString({ ...query })}`);

export const connectionsQueryOptions = (query: ListUrlQuery) =>
  queryOptions({ queryKey: connectionKeys.list(query), queryFn: () => fetchConnections(query) });

/** One page of connections; the previous page stays on screen while the next one loads. */
export function useConnectionsQuery(query: ListUrlQuery, refreshSeconds: number) {
  return usePolledQuery({ ...connectionsQueryOptions(query), placeholderData: keepPreviousData }, refreshSeconds);
}
