import { useQuery } from '@tanstack/react-query';
import type { RouteTestResult } from '@/lib/api/exchanges';
import { apiFetch, queryString } from '../fetcher';
import { exchangeUrl } from './exchange-url';
import { exchangeKeys } from './keys';

/** `headers` is the JSON text of the headers object ("" for none), as it sits in the page URL. */
export const fetchRouteTest = (vhost: string, name: string, routingKey: string, headers: string) =>
  apiFetch<RouteTestResult>(
    `${exchangeUrl(vhost, name)}/route-test${queryString({ routing_key: routingKey, headers: headers || undefined })}`,
  );

/** A route test is run on demand (enabled) and not polled: it answers one question. */
export function useRouteTestQuery(vhost: string, name: string, routingKey: string, headers: string, enabled: boolean) {
  return useQuery({
    queryKey: exchangeKeys.routeTest(vhost, name, routingKey, headers),
    queryFn: () => fetchRouteTest(vhost, name, routingKey, headers),
    enabled,
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}
