import { formatBytes } from '@/lib/format';
import type { Finding, HealthMessageKey } from '@/lib/api/health';
import { queueLimits } from '../queue-limits';
import { sinceFields, trailingRun } from '../samples';
import type { Snapshot, SnapshotQueue } from '../snapshot-types';
import { MAX_LENGTH_WARNING_RATIO } from '../thresholds';
import { findingId, queueObject, type Rule } from './rule';

// A queue close to its max-length or max-length-bytes (from its arguments or its policy): at the
// limit the broker drops or dead-letters the oldest messages (drop-head) or refuses new ones
// (reject-publish). "since" (count limits only: bytes have no samples) is the first sample of
// the window from which the ready count has stayed at or above the warning share.
function advice(overflow: string): HealthMessageKey {
  return overflow.startsWith('reject-publish') ? 'health.maxLength.advice.reject' : 'health.maxLength.advice.drop';
}

function check(queue: SnapshotQueue, snapshot: Snapshot): Finding[] {
  const { maxLength, maxLengthBytes, overflow } = queueLimits(queue);
  const found: Finding[] = [];
  const object = queueObject(queue);
  const ready = queue.messages_ready ?? 0;
  if (maxLength) {
    const ratio = ready / maxLength;
    if (ratio >= MAX_LENGTH_WARNING_RATIO) {
      const samples = snapshot.queueSamples.find((s) => s.vhost === queue.vhost && s.name === queue.name)?.messages_ready;
      found.push({
        id: findingId('max-length', 'count', object),
        rule: 'max-length',
        severity: ratio >= 1 ? 'critical' : 'warning',
        title: { key: 'health.maxLength.title', vars: { queue: queue.name, percent: Math.floor(ratio * 100), ready, limit: maxLength } },
        objects: [object],
        ...sinceFields(trailingRun(samples, (value) => value >= maxLength * MAX_LENGTH_WARNING_RATIO), snapshot.at),
        advice: { key: advice(overflow) },
      });
    }
  }
  if (maxLengthBytes) {
    const bytes = queue.message_bytes_ready ?? 0;
    const ratio = bytes / maxLengthBytes;
    if (ratio >= MAX_LENGTH_WARNING_RATIO) {
      found.push({
        id: findingId('max-length', 'bytes', object),
        rule: 'max-length',
        severity: ratio >= 1 ? 'critical' : 'warning',
        title: {
          key: 'health.maxLengthBytes.title',
          vars: { queue: queue.name, percent: Math.floor(ratio * 100), bytes: formatBytes(bytes), limit: formatBytes(maxLengthBytes) },
        },
        objects: [object],
        advice: { key: advice(overflow) },
      });
    }
  }
  return found;
}

export const maxLengthRule: Rule = {
  id: 'max-length',
  check: (snapshot) => snapshot.queues.flatMap((queue) => check(queue, snapshot)),
};
