import { useQuery } from '@tanstack/react-query';
import { fetchUsers } from './users-query';
import { userKeys } from './keys';

/** The names a "Set permission" form offers (the first 500 by name), refreshed when a form opens after 30 s. */
export function useUserNamesQuery({ enabled = true } = {}) {
  return useQuery({
    enabled,
    queryKey: userKeys.names(),
    queryFn: async () => (await fetchUsers({ page: 1, page_size: 500, sort: 'name' })).items.map((user) => user.name),
    staleTime: 30_000,
  });
}
