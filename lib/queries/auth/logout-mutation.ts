import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../fetcher';

export const logout = () => apiFetch<void>('/api/auth/logout', { method: 'POST' });

export function useLogoutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.clear();
      window.location.assign('/login?reason=logged-out');
    },
  });
}
