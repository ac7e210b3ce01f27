import type { BrokerNode } from '@/lib/api/overview';
import { apiFetch } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { overviewKeys } from './keys';

export const fetchNodes = () => apiFetch<BrokerNode[]>('/api/nodes');

export function useNodesQuery(refreshSeconds: number, { enabled = true } = {}) {
  return usePolledQuery({ queryKey: overviewKeys.nodes(), queryFn: fetchNodes, enabled }, refreshSeconds);
}
