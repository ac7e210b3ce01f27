import type { ListUrlQuery } from '@/lib/list-url';
import type { PolicyKind } from '@/lib/policies';

// Query keys for policies and operator policies. Hierarchical: invalidating ['policies', kind]
// refreshes that kind's lists, details and previews.
export const policyKeys = {
  all: ['policies'] as const,
  kind: (kind: PolicyKind) => [...policyKeys.all, kind] as const,
  lists: (kind: PolicyKind) => [...policyKeys.kind(kind), 'list'] as const,
  list: (kind: PolicyKind, query: ListUrlQuery) => [...policyKeys.lists(kind), query] as const,
  detail: (kind: PolicyKind, vhost: string, name: string) => [...policyKeys.kind(kind), 'detail', vhost, name] as const,
  preview: (kind: PolicyKind, input: PolicyPreviewInput) => [...policyKeys.kind(kind), 'preview', input] as const,
};

/** What a preview asks (GET /api/policies/preview). */
export interface PolicyPreviewInput {
  vhost: string;
  pattern: string;
  applyTo: string;
  priority: number;
  /** The policy being added or updated. */
  name: string;
  /** The definition's keys (a queue type refusing one takes no part). */
  keys: string[];
}
