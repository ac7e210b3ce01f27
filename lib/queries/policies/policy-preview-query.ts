import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PolicyPreview } from '@/lib/api/admin-policies';
import type { PolicyKind } from '@/lib/policies';
import { apiFetch, queryString } from '../fetcher';
import { policyKeys, type PolicyPreviewInput } from './keys';
import { policiesUrl } from './policy-url';

export const fetchPolicyPreview = (kind: PolicyKind, input: PolicyPreviewInput) =>
  apiFetch<PolicyPreview>(
    `${policiesUrl(kind)}/preview${queryString({
      vhost: input.vhost,
      pattern: input.pattern,
      apply_to: input.applyTo,
      priority: input.priority,
      name: input.name || undefined,
      keys: input.keys.join(',') || undefined,
    })}`,
  );

/**
 * What the form's pattern matches now: asked when the (already checked) input changes, not
 * polled — it answers the question of the moment; the previous answer stays while the next loads.
 */
export function usePolicyPreviewQuery(kind: PolicyKind, input: PolicyPreviewInput | null) {
  return useQuery({
    queryKey: policyKeys.preview(kind, input ?? { vhost: '', pattern: '', applyTo: '', priority: 0, name: '', keys: [] }),
    queryFn: () => fetchPolicyPreview(kind, input!),
    enabled: input !== null,
    staleTime: 0,
    refetchOnWindowFocus: false,
    placeholderData: keepPreviousData,
  });
}
