import type { QueryClient } from '@tanstack/react-query';
import { overviewKeys } from '../overview/keys';
import { adminVhostKeys } from './keys';

/**
 * A vhost was created, changed or deleted: Admin's lists and pages, and the shell's vhost
 * selector (overviewKeys.vhosts(), whose answer the server no longer caches for this user).
 */
export function invalidateVhosts(queryClient: QueryClient, { exceptDetails = false } = {}): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: overviewKeys.vhosts() }),
    exceptDetails
      ? queryClient.invalidateQueries({ queryKey: adminVhostKeys.lists() })
      : queryClient.invalidateQueries({ queryKey: adminVhostKeys.all }),
  ]);
}
