import type { ListUrlQuery } from '@/lib/list-url';

// Query keys for queues. Hierarchical: invalidating ['queues'] refreshes every list and detail.
export const queueKeys = {
  all: ['queues'] as const,
  lists: () => [...queueKeys.all, 'list'] as const,
  list: (query: ListUrlQuery) => [...queueKeys.lists(), query] as const,
  /** Name suggestions for forms (a small filtered page). */
  options: (vhost: string, typed: string) => [...queueKeys.all, 'options', vhost, typed] as const,
  details: () => [...queueKeys.all, 'detail'] as const,
  detail: (vhost: string, name: string) => [...queueKeys.details(), vhost, name] as const,
};
