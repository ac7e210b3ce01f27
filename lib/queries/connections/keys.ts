import type { ListParams } from '../list-params';

// Query keys for connections. Hierarchical: invalidating ['connections'] refreshes lists and details.
export const connectionKeys = {
  all: ['connections'] as const,
  lists: () => [...connectionKeys.all, 'list'] as const,
  list: (params: ListParams) => [...connectionKeys.lists(), params] as const,
  detail: (name: string) => [...connectionKeys.all, 'detail', name] as const,
  channels: (name: string) => [...connectionKeys.detail(name), 'channels'] as const,
};
