import type { Policy } from '@/lib/api/admin-policies';
import type { PolicyKind } from '@/lib/policies';
import { apiFetch } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { policyKeys } from './keys';
import { policyUrl } from './policy-url';

export const fetchPolicy = (kind: PolicyKind, vhost: string, name: string) => apiFetch<Policy>(policyUrl(kind, vhost, name));

export function usePolicyQuery(kind: PolicyKind, vhost: string, name: string, refreshSeconds: number, { enabled = true } = {}) {
  return usePolledQuery({ queryKey: policyKeys.detail(kind, vhost, name), queryFn: () => fetchPolicy(kind, vhost, name), enabled }, refreshSeconds);
}
