import type { MessageKey } from '@/lib/i18n/messages';
import type { ApplyTo } from '@/lib/policies';

/** apply-to in the official UI's words ("Exchanges and queues" for all). */
export const APPLY_TO_LABELS: Record<ApplyTo, MessageKey> = {
  all: 'adminPolicies.applyTo.all',
  exchanges: 'adminPolicies.applyTo.exchanges',
  queues: 'adminPolicies.applyTo.queues',
  classic_queues: 'adminPolicies.applyTo.classic_queues',
  quorum_queues: 'adminPolicies.applyTo.quorum_queues',
  streams: 'adminPolicies.applyTo.streams',
};

/** A policy's apply-to in words; a value this Warren does not know (a newer broker's) as it is. */
export function applyToLabel(t: (key: MessageKey) => string, applyTo: string): string {
  const key = (APPLY_TO_LABELS as Record<string, MessageKey | undefined>)[applyTo];
  return key ? t(key) : applyTo;
}
