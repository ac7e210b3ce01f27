import { useQuery } from '@tanstack/react-query';
import type { ChannelSummary } from '@/lib/api/channels';
import { apiFetch, seg } from '../fetcher';
import { refetchInterval } from '../polling';
import { connectionKeys } from './keys';

export const fetchConnectionChannels = (name: string) =>
  apiFetch<ChannelSummary[]>(`/api/connections/${seg(name)}/channels`);

export function useConnectionChannelsQuery(name: string, refreshSeconds: number, { enabled = true } = {}) {
  return useQuery({
    queryKey: connectionKeys.channels(name),
    queryFn: () => fetchConnectionChannels(name),
    refetchInterval: refetchInterval(refreshSeconds),
    enabled,
  });
}
