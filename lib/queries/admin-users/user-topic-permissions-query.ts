import type { TopicPermission } from '@/lib/api/admin-users';
import { apiFetch, seg } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { userKeys } from './keys';

export const fetchUserTopicPermissions = (name: string) => apiFetch<TopicPermission[]>(`/api/users/${seg(name)}/topic-permissions`);

export function useUserTopicPermissionsQuery(name: string, refreshSeconds: number, { enabled = true } = {}) {
  return usePolledQuery({ queryKey: userKeys.topicPermissions(name), queryFn: () => fetchUserTopicPermissions(name), enabled }, refreshSeconds);
}
