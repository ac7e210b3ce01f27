import type { Finding, FindingObject, RuleId } from '@/lib/api/health';
import type { Snapshot } from '../snapshot-types';

/** A health rule: a pure function of the snapshot, one finding per object it flags. */
export interface Rule {
  id: RuleId;
  check: (snapshot: Snapshot) => Finding[];
}

/** A finding's id: the rule, what it found (when a rule finds several kinds of things), the object. */
export function findingId(rule: RuleId, what: string, object: FindingObject): string {
  return [rule, what, object.kind, object.vhost ?? '', object.name].join(':');
}

export const queueObject = (queue: { vhost: string; name: string }): FindingObject => ({ kind: 'queue', vhost: queue.vhost, name: queue.name });
export const nodeObject = (name: string): FindingObject => ({ kind: 'node', name });
