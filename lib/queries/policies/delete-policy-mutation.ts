import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PolicyKind } from '@/lib/policies';
import { queueKeys } from '../queues/keys';
import { exchangeKeys } from '../exchanges/keys';
import { apiFetch } from '../fetcher';
import { policyKeys } from './keys';
import { policyUrl } from './policy-url';

export interface DeletePolicyVariables {
  kind: PolicyKind;
  vhost: string;
  name: string;
}

export const deletePolicy = ({ kind, vhost, name }: DeletePolicyVariables) => apiFetch<void>(policyUrl(kind, vhost, name), { method: 'DELETE' });

/** Used from a ConfirmDialog, which shows the error itself. */
export function useDeletePolicyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePolicy,
    meta: { handlesError: true },
    onSuccess: (_data, v) => {
      queryClient.removeQueries({ queryKey: policyKeys.detail(v.kind, v.vhost, v.name) });
      void queryClient.invalidateQueries({ queryKey: policyKeys.lists(v.kind) });
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.all });
    },
  });
}
