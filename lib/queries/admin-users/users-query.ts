import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { UsersPage } from '@/lib/api/admin-users';
import type { ListUrlQuery } from '@/lib/list-url';
import { apiFetch, queryString } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { userKeys, usersListQuery } from './keys';

export { USERS_DEFAULT_SORT } from './keys';

export const fetchUsers = (query: ListUrlQuery) => apiFetch<UsersPage>(`/api/users${queryString({ ...usersListQuery(query) })}`);

export const usersQueryOptions = (query: ListUrlQuery) =>
  queryOptions({ queryKey: userKeys.list(usersListQuery(query)), queryFn: () => fetchUsers(query) });

/** One page of users; the previous page stays on screen while the next one loads. */
export function useUsersQuery(query: ListUrlQuery, refreshSeconds: number, { enabled = true } = {}) {
  return usePolledQuery({ ...usersQueryOptions(query), placeholderData: keepPreviousData, enabled }, refreshSeconds);
}
