import type { TopicPermission } from '@/lib/api/admin-users';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { userKeys } from './keys';

export const fetchVhostTopicPermissions = (vhost: string) => apiFetch<TopicPermission[]>(`/api/vhosts/${seg(vhost)}/topic-permissions`);

export function useVhostTopicPermissionsQuery(vhost: string, refreshSeconds: number, { enabled = true } = {}) {
  return usePolledQuery(
    { queryKey: userKeys.vhostTopicPermissions(vhost), queryFn: () => fetchVhostTopicPermissions(vhost), enabled },
    refreshSeconds,
  );
}
