import type { FindingObject } from '@/lib/api/health';
import { deadLetterSettings, deadLetterSource } from '../dead-letter';
import { sinceFields, trailingRun } from '../samples';
import { findingId, queueObject, type Rule } from './rule';

// A dead-letter queue that holds messages: something was rejected, expired or overflowed and
// nobody has looked at it. What counts as a dead-letter queue is in ../dead-letter.ts. "since"
// (when its samples were looked up) is the first sample from which it has not been empty.
export const deadLetterRule: Rule = {
  id: 'dead-letter-queue',
  check: ({ queues, policies, deadLetterBindings, queueSamples, at }) => {
    const settings = deadLetterSettings(queues, policies);
    return queues.flatMap((queue) => {
      if ((queue.messages_ready ?? 0) === 0) return [];
      const source = deadLetterSource(queue, settings, deadLetterBindings);
      if (!source) return [];
      const exchange: FindingObject[] = source.exchange ? [{ kind: 'exchange', vhost: queue.vhost, name: source.exchange }] : [];
      const samples = queueSamples.find((s) => s.vhost === queue.vhost && s.name === queue.name)?.messages_ready;
      return [
        {
          id: findingId('dead-letter-queue', 'not-empty', queueObject(queue)),
          rule: 'dead-letter-queue',
          severity: 'warning',
          title: { key: 'health.deadLetter.title', vars: { queue: queue.name, ready: queue.messages_ready! } },
          objects: [queueObject(queue), ...exchange],
          ...sinceFields(trailingRun(samples, (value) => value > 0), at),
          advice: { key: 'health.deadLetter.advice' },
        },
      ];
    });
  },
};
