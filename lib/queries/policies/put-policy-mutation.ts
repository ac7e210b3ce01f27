import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PutPolicyOutcome } from '@/lib/api/admin-policies';
import type { PolicyKind } from '@/lib/policies';
import type { PolicyBody } from '@/lib/schemas/admin-policies';
import { queueKeys } from '../queues/keys';
import { exchangeKeys } from '../exchanges/keys';
import { apiFetch } from '../fetcher';
import { policyKeys } from './keys';
import { policyUrl } from './policy-url';

export interface PutPolicyVariables {
  kind: PolicyKind;
  vhost: string;
  name: string;
  body: PolicyBody;
}

export const putPolicy = ({ kind, vhost, name, body }: PutPolicyVariables) =>
  apiFetch<PutPolicyOutcome>(policyUrl(kind, vhost, name), { method: 'PUT', json: body });

/** The form shows the error beside its fields (handlesError). Queues and exchanges show their policy: refreshed too. */
export function usePutPolicyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putPolicy,
    meta: { handlesError: true },
    onSuccess: (_data, v) => {
      void queryClient.invalidateQueries({ queryKey: policyKeys.kind(v.kind) });
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.all });
    },
  });
}
