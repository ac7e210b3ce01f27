import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Policy } from '@/lib/api/admin-policies';
import type { Page } from '@/lib/api/page';
import type { ListUrlQuery } from '@/lib/list-url';
import type { PolicyKind } from '@/lib/policies';
import { apiFetch, queryString } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { policyKeys } from './keys';
import { policiesUrl } from './policy-url';

export const fetchPolicies = (kind: PolicyKind, query: ListUrlQuery) => apiFetch<Page<Policy>>(`${policiesUrl(kind)}${queryString({ ...query })}`);

const options = (kind: PolicyKind) => (query: ListUrlQuery) =>
  queryOptions({ queryKey: policyKeys.list(kind, query), queryFn: () => fetchPolicies(kind, query) });
// Module-level, one per kind: the list state hook needs a stable function.
const OPTIONS = { policy: options('policy'), operator: options('operator') };

export const policiesQueryOptions = (kind: PolicyKind) => OPTIONS[kind];

/** One page of policies (or operator policies); the previous page stays on screen while the next one loads. */
export function usePoliciesQuery(kind: PolicyKind, query: ListUrlQuery, refreshSeconds: number) {
  return usePolledQuery({ ...policiesQueryOptions(kind)(query), placeholderData: keepPreviousData }, refreshSeconds);
}
