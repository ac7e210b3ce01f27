import { useQuery } from '@tanstack/react-query';
import type { Channel } from '@/lib/api/channels';
import { apiFetch, seg } from '../fetcher';
import { refetchInterval } from '../polling';
import { channelKeys } from './keys';

export const fetchChannel = (name: string) => apiFetch<Channel>(`/api/channels/${seg(name)}`);

export function useChannelQuery(name: string, refreshSeconds: number) {
  return useQuery({
    queryKey: channelKeys.detail(name),
    queryFn: () => fetchChannel(name),
    refetchInterval: refetchInterval(refreshSeconds),
  });
}
