import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '@/lib/i18n/i18n';
import { apiFetch } from '../fetcher';

export const logout = () => apiFetch<void>('/api/auth/logout', { method: 'POST' });

/** Logs out from the shell's button; a failure is toasted (lib/queries/query-client.ts) with what failed. */
export function useLogoutMutation() {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    meta: { errorPrefix: t('login.logoutFailed') },
    onSuccess: () => {
      // Stop polling, but do not clear the cache: clearing makes mounted queries refetch at once,
      // their 401 redirects to /login?next=… and wins over this navigation. The full page load
      // below drops the cached data anyway.
      void queryClient.cancelQueries();
      // A full page load on purpose: it drops every cached answer of this user from memory.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign('/login?reason=logged-out');
    },
  });
}
