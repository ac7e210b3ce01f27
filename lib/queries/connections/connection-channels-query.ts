import type { ChannelSummary } from '@/lib/api/channels';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { connectionKeys } from './keys';

export const fetchConnectionChannels = (name: string) =>
  apiFetch<ChannelSummary[]>(`/api/connections/${seg(name)}/channels`);

export function useConnectionChannelsQuery(name: string, refreshSeconds: number, { enabled = true } = {}) {
  return usePolledQuery(
    {
      queryKey: connectionKeys.channels(name),
      queryFn: () => fetchConnectionChannels(name),
      enabled,
    },
    refreshSeconds,
  );
}
