import { useQuery } from '@tanstack/react-query';
import type { BrokerNode } from '@/lib/api/overview';
import { apiFetch } from '../fetcher';
import { refetchInterval } from '../polling';
import { overviewKeys } from './keys';

export const fetchNodes = () => apiFetch<BrokerNode[]>('/api/nodes');

export function useNodesQuery(refreshSeconds: number, { enabled = true } = {}) {
  return useQuery({ queryKey: overviewKeys.nodes(), queryFn: fetchNodes, refetchInterval: refetchInterval(refreshSeconds), enabled });
}
