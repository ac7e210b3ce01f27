import { useQuery } from '@tanstack/react-query';
import { refetchInterval } from '../polling';
import { fetchUsers } from './users-query';
import { userKeys } from './keys';

/**
 * The names of all administrators (the users list counts them over the whole list): the user
 * page warns before the last one is deleted or loses the tag.
 */
export function useAdministratorsQuery(refreshSeconds: number, { enabled = true } = {}) {
  return useQuery({
    queryKey: userKeys.administrators(),
    queryFn: async () => (await fetchUsers({ page: 1, page_size: 1 })).administrators,
    refetchInterval: refetchInterval(refreshSeconds),
    enabled,
  });
}
