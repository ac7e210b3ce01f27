import { CONSUMER_UTILISATION_LOW } from '../thresholds';
import { findingId, queueObject, type Rule } from './rule';

// Consumers that cannot take messages as fast as the queue could hand them out, while messages
// wait: their prefetch is full (slow processing, slow acks) or the network is the limit. The
// broker computes utilisation for classic queues; others report none and are not judged.
export const consumerUtilisationRule: Rule = {
  id: 'consumer-utilisation',
  check: ({ queues }) =>
    queues
      .filter((queue) => (queue.consumers ?? 0) > 0 && (queue.messages_ready ?? 0) > 0)
      .filter((queue) => typeof queue.consumer_utilisation === 'number' && queue.consumer_utilisation < CONSUMER_UTILISATION_LOW)
      .map((queue) => ({
        id: findingId('consumer-utilisation', 'low', queueObject(queue)),
        rule: 'consumer-utilisation',
        severity: 'info',
        title: {
          key: 'health.utilisation.title',
          vars: { queue: queue.name, percent: Math.round((queue.consumer_utilisation as number) * 100), ready: queue.messages_ready! },
        },
        objects: [queueObject(queue)],
        advice: { key: 'health.utilisation.advice' },
      })),
};
