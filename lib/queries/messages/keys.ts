import type { StreamQuery } from '@/lib/schemas/messages';

/** A stream page asked for: where to start (first, last, next, an offset or an ISO time) and how many. */
export type StreamPageQuery = Pick<StreamQuery, 'from' | 'count'> & Partial<Pick<StreamQuery, 'encoding' | 'truncate'>>;

// Query keys for messages read without consuming them (stream pages). Getting messages is a
// mutation (it can remove them), so it has no key.
export const messageKeys = {
  all: ['messages'] as const,
  streams: () => [...messageKeys.all, 'stream'] as const,
  stream: (vhost: string, name: string) => [...messageKeys.streams(), vhost, name] as const,
  streamPage: (vhost: string, name: string, query: StreamPageQuery | null) => [...messageKeys.stream(vhost, name), query] as const,
};
