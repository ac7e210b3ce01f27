import type { ListUrlQuery } from '@/lib/list-url';

// Query keys for channels. Hierarchical: invalidating ['channels'] refreshes lists and details.
export const channelKeys = {
  all: ['channels'] as const,
  lists: () => [...channelKeys.all, 'list'] as const,
  list: (query: ListUrlQuery) => [...channelKeys.lists(), query] as const,
  detail: (name: string) => [...channelKeys.all, 'detail', name] as const,
};
