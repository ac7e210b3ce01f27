// The Health page's findings as GET /api/health/findings answers them. Shared by the server (the
// rules in lib/health) and the browser. Every text is a message key of the catalogue with its
// variables (lib/i18n/messages/health.ts): the page renders it in the user's language.

import type { health } from '@/lib/i18n/messages/health';

/** The window backlog growth is judged over, by default (the Health page's choice travels as ?window=). */
export const HEALTH_WINDOW_DEFAULT_SECONDS = 600;

export type HealthMessageKey = keyof typeof health.en;

/** A sentence of the catalogue and what fills its placeholders. */
export interface HealthText {
  key: HealthMessageKey;
  vars?: Record<string, string | number>;
  /** Placeholders filled with another message of the catalogue (a rule's name), translated too. */
  terms?: Record<string, HealthMessageKey>;
}

export type Severity = 'critical' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

export type FindingObjectKind = 'node' | 'queue' | 'exchange' | 'connection' | 'channel' | 'vhost' | 'policy';

export interface FindingObject {
  kind: FindingObjectKind;
  /** Queues, exchanges and policies live in a vhost; connections and channels carry theirs too. */
  vhost?: string;
  name: string;
}

export type RuleId =
  | 'resource-alarm'
  | 'node-down'
  | 'partition'
  | 'file-descriptors'
  | 'no-consumers'
  | 'backlog-growing'
  | 'unacked-piling'
  | 'no-prefetch'
  | 'consumer-utilisation'
  | 'connection-flow'
  | 'max-length'
  | 'dead-letter-queue'
  | 'unroutable'
  | 'churn'
  | 'upgrade';

export interface Finding {
  /** Stable across refreshes while the situation lasts: the rule, the kind of finding, the object. */
  id: string;
  rule: RuleId;
  severity: Severity;
  title: HealthText;
  objects: FindingObject[];
  /** When the situation began (ms since the epoch), only when the broker's data tells it. */
  since?: number;
  /** The situation already held at the first sample of the window: it began at `since` or earlier. */
  sinceAtLeast?: true;
  /** What to do, in one or two sentences. */
  advice: HealthText;
  detail?: HealthText;
}

/** GET /api/health/findings */
export interface HealthFindings {
  findings: Finding[];
  checkedAt: number;
  /** What was not checked, and why (the user's tags, the size of the lists, the broker's limits). */
  limits: HealthText[];
}

/** The findings a navigation badge counts: what needs someone's attention. */
export function countsForBadge(findings: readonly Finding[]): { count: number; critical: number } {
  let count = 0;
  let critical = 0;
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    count++;
    if (finding.severity === 'critical') critical++;
  }
  return { count, critical };
}
