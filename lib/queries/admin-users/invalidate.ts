import type { QueryClient } from '@tanstack/react-query';
import { overviewKeys } from '../overview/keys';
import { userKeys } from './keys';

/**
 * After any change to users or permissions: every users query, and the vhosts list (the shell's
 * vhost selector shows the logged-in user's own vhosts, which a permission change may change).
 */
export function invalidateUsers(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: userKeys.all }),
    queryClient.invalidateQueries({ queryKey: overviewKeys.vhosts(), exact: true }),
  ]);
}
