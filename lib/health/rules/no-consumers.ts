import { deadLetterSettings, deadLetterSource } from '../dead-letter';
import { findingId, queueObject, type Rule } from './rule';

// Ready messages that nobody consumes. Streams are left out (they keep messages by design, and
// their readers come and go), and so are dead-letter queues: the dead-letter rule reports those.
// The broker does not say since when a queue has had no consumer: no "since".
export const noConsumersRule: Rule = {
  id: 'no-consumers',
  check: ({ queues, policies, deadLetterBindings }) => {
    const settings = deadLetterSettings(queues, policies);
    return queues
      .filter((queue) => queue.type !== 'stream' && (queue.messages_ready ?? 0) > 0 && queue.consumers === 0)
      .filter((queue) => !deadLetterSource(queue, settings, deadLetterBindings))
      .map((queue) => ({
        id: findingId('no-consumers', 'idle', queueObject(queue)),
        rule: 'no-consumers',
        severity: 'warning',
        title: { key: 'health.noConsumers.title', vars: { queue: queue.name, ready: queue.messages_ready! } },
        objects: [queueObject(queue)],
        advice: { key: 'health.noConsumers.advice' },
      }));
  },
};
