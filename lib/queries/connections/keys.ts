import type { ListUrlQuery } from '@/lib/list-url';

// Query keys for connections. Hierarchical: invalidating ['connections'] refreshes lists and details.
export const connectionKeys = {
  all: ['connections'] as const,
  lists: () => [...connectionKeys.all, 'list'] as const,
  list: (query: ListUrlQuery) => [...connectionKeys.lists(), query] as const,
  detail: (name: string) => [...connectionKeys.all, 'detail', name] as const,
  channels: (name: string) => [...connectionKeys.detail(name), 'channels'] as const,
};
