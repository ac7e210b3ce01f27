import type { ListParams } from '../list-params';

// Query keys for channels. Hierarchical: invalidating ['channels'] refreshes lists and details.
export const channelKeys = {
  all: ['channels'] as const,
  lists: () => [...channelKeys.all, 'list'] as const,
  list: (params: ListParams) => [...channelKeys.lists(), params] as const,
  detail: (name: string) => [...channelKeys.all, 'detail', name] as const,
};
