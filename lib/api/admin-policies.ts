// Policies and operator policies as Warren's routes answer them (the management API's own shape),
// and the preview of what a pattern matches. Shared by the server (lib/rabbitmq/admin) and the browser.

import type { ApplyTo, PreviewOutcome } from '@/lib/policies';

export interface Policy {
  vhost: string;
  name: string;
  pattern: string;
  /** ApplyTo on the brokers Warren knows; a newer broker may send another value. */
  'apply-to': ApplyTo | (string & {});
  /** The broker sends an empty definition as []. */
  definition: Record<string, unknown> | [];
  priority: number;
}

/** PUT answers 201 { created: true } for a new policy, 200 { created: false } for an update. */
export interface PutPolicyOutcome {
  created: boolean;
}

/** One queue or exchange the pattern matches, with the policy that applies to it today. */
export interface PolicyPreviewRow {
  name: string;
  /** Queues only: classic, quorum or stream. */
  type?: string;
  /** The policy (or operator policy) that applies today, as the broker says. */
  current: string | null;
  outcome: PreviewOutcome;
}

export interface PolicyPreviewList {
  /** How many the pattern matches (the broker's filtered count), of `total` in the vhost. */
  matched: number;
  total: number;
  /** The first page of them (PREVIEW_PAGE_SIZE at most). */
  items: PolicyPreviewRow[];
}

export interface PolicyPreview {
  vhost: string;
  pattern: string;
  applyTo: string;
  /** The policy of the previewed name as it is now: saving replaces it. */
  existing: Policy | null;
  /** Null when apply-to leaves queues (or exchanges) out. */
  queues: PolicyPreviewList | null;
  exchanges: PolicyPreviewList | null;
}

/** How many matching queues (and exchanges) the preview lists: the broker counts the rest. */
export const PREVIEW_PAGE_SIZE = 100;
