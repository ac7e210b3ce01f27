import { useQueryClient } from '@tanstack/react-query';
import type { NodeDetail } from '@/lib/api/nodes';
import { withLastKnown, type NodeView } from '@/lib/nodes';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { nodeKeys } from './keys';

export const fetchNode = (name: string) => apiFetch<NodeDetail>(`/api/nodes/${seg(name)}`);

/**
 * One node, polled. When it stops running, the broker no longer reports its figures: what it
 * said while it ran stays at hand as `last_known` (for as long as this page keeps it).
 */
export function useNodeQuery(name: string, refreshSeconds: number, { enabled = true } = {}) {
  const queryClient = useQueryClient();
  const key = nodeKeys.detail(name);
  return usePolledQuery(
    {
      queryKey: key,
      queryFn: async () => {
        const next = await fetchNode(name);
        const state = queryClient.getQueryState<NodeView>(key);
        return withLastKnown(next, state?.data, state?.dataUpdatedAt ?? 0);
      },
      enabled,
    },
    refreshSeconds,
  );
}
