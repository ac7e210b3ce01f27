import { useQuery } from '@tanstack/react-query';
import type { NodeDetail } from '@/lib/api/nodes';
import { apiFetch, seg } from '../fetcher';
import { nodeKeys } from './keys';

/** The node with its memory breakdown: computed by the broker on the spot, so only on request. */
export const fetchNodeMemory = (name: string) => apiFetch<NodeDetail>(`/api/nodes/${seg(name)}?memory=true`);

/**
 * A node's memory breakdown, fetched once `enabled` (the user asked for it) and again only on
 * refetch() (the user asks again): never polled, as the official UI does.
 */
export function useNodeMemoryQuery(name: string, { enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: nodeKeys.memory(name),
    queryFn: () => fetchNodeMemory(name),
    select: (node) => node.memory,
    enabled,
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
