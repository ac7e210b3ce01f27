import type { ListUrlQuery } from '@/lib/list-url';

// Query keys for exchanges. Hierarchical: invalidating ['exchanges'] refreshes lists and details.
export const exchangeKeys = {
  all: ['exchanges'] as const,
  lists: () => [...exchangeKeys.all, 'list'] as const,
  list: (query: ListUrlQuery) => [...exchangeKeys.lists(), query] as const,
  /** Name suggestions for binding forms (a small filtered page). */
  options: (vhost: string, typed: string) => [...exchangeKeys.all, 'options', vhost, typed] as const,
  detail: (vhost: string, name: string) => [...exchangeKeys.all, 'detail', vhost, name] as const,
  routeTest: (vhost: string, name: string, routingKey: string, headers: string) =>
    [...exchangeKeys.detail(vhost, name), 'route-test', routingKey, headers] as const,
};
