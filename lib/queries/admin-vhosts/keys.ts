import type { ListUrlQuery } from '@/lib/list-url';

// Query keys for Admin → virtual hosts. Hierarchical: invalidating ['admin-vhosts'] refreshes the
// list, every vhost page and their limits. The shell's vhost selector is overviewKeys.vhosts().
export const adminVhostKeys = {
  all: ['admin-vhosts'] as const,
  lists: () => [...adminVhostKeys.all, 'list'] as const,
  list: (query: ListUrlQuery) => [...adminVhostKeys.lists(), vhostListQuery(query)] as const,
  details: () => [...adminVhostKeys.all, 'detail'] as const,
  detail: (name: string) => [...adminVhostKeys.details(), name] as const,
  limits: (name: string) => [...adminVhostKeys.all, 'limits', name] as const,
  queueCount: (name: string) => [...adminVhostKeys.all, 'queue-count', name] as const,
};

/** Vhosts sort by name, as in the official UI (the server page prefetches with the same default). */
export const VHOST_LIST_DEFAULT_SORT = 'name';

/** The vhost list's query: the shell's selected vhost (carried in every URL) does not narrow it. */
export function vhostListQuery({ vhost: _selected, ...query }: ListUrlQuery): ListUrlQuery {
  return query;
}
