import { useMutation } from '@tanstack/react-query';
import type { LoginInput } from '@/lib/schemas/auth';
import { apiFetch } from '../fetcher';

export const login = (input: LoginInput) =>
  apiFetch<{ username: string; tags: string[] }>('/api/auth/login', { method: 'POST', json: input });

export function useLoginMutation() {
  return useMutation({ mutationFn: login, meta: { handlesError: true } });
}
