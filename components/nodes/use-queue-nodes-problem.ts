'use client';

import { useSessionUser } from '@/components/shell/session-context';
import { queueNodesProblem, type QueueNodesProblem, type QueuePlacement } from '@/lib/nodes';
import { useNodesQuery } from '@/lib/queries/overview/nodes-query';
import { canMonitor } from '@/lib/tags';
import { useRefreshSeconds } from '@/lib/url-state';

/**
 * What a node that is down means for this queue, or null. Uses the nodes list (shared with the
 * overview and the nodes page: no request of its own when one of them polls it) when the user
 * may list nodes; without it, the queue's own `online` members and `state` still tell.
 */
export function useQueueNodesProblem(queue: QueuePlacement | undefined): QueueNodesProblem | null {
  const { tags } = useSessionUser();
  const [refresh] = useRefreshSeconds();
  const nodes = useNodesQuery(refresh, { enabled: canMonitor(tags) });
  return queue ? queueNodesProblem(queue, nodes.data) : null;
}
