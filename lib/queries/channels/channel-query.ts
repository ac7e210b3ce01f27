import type { Channel } from '@/lib/api/channels';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { channelKeys } from './keys';

export const fetchChannel = (name: string) => apiFetch<Channel>(`/api/channels/${seg(name)}`);

export function useChannelQuery(name: string, refreshSeconds: number) {
  return usePolledQuery(
    {
      queryKey: channelKeys.detail(name),
      queryFn: () => fetchChannel(name),
    },
    refreshSeconds,
  );
}
