import type { Finding } from '@/lib/api/health';
import type { Snapshot, SnapshotPolicy } from '../snapshot-types';
import { findingId, queueObject, type Rule } from './rule';

// Settings that RabbitMQ 3.12 and 4.x no longer honour, to fix before an upgrade: lazy mode
// (ignored from 3.12: classic queues keep messages on disk anyway) and classic queue mirroring
// (removed in 4.0: the queues silently lose their mirrors). Policies are all listed; queue
// arguments are seen only on the queues checked. Without permission to read policies, the
// policies in force on the queues checked stand in for them.
function policiesInSight({ policies, queues }: Snapshot): SnapshotPolicy[] {
  if (policies) return policies;
  const seen = new Map<string, SnapshotPolicy>();
  for (const queue of queues) {
    const definition = queue.effective_policy_definition;
    if (!queue.policy || !definition || Array.isArray(definition)) continue;
    seen.set(JSON.stringify([queue.vhost, queue.policy]), { name: queue.policy, vhost: queue.vhost, definition });
  }
  return [...seen.values()];
}

export const upgradeRule: Rule = {
  id: 'upgrade',
  check: (snapshot) => {
    const found: Finding[] = [];
    for (const policy of policiesInSight(snapshot)) {
      const object = { kind: 'policy', vhost: policy.vhost, name: policy.name } as const;
      if (policy.definition['ha-mode'] !== undefined) {
        found.push({
          id: findingId('upgrade', 'mirroring', object),
          rule: 'upgrade',
          severity: 'warning',
          title: { key: 'health.upgrade.mirroring.title', vars: { policy: policy.name, mode: String(policy.definition['ha-mode']) } },
          objects: [object],
          advice: { key: 'health.upgrade.mirroring.advice' },
        });
      }
      if (policy.definition['queue-mode'] === 'lazy') {
        found.push({
          id: findingId('upgrade', 'lazy-policy', object),
          rule: 'upgrade',
          severity: 'info',
          title: { key: 'health.upgrade.lazyPolicy.title', vars: { policy: policy.name } },
          objects: [object],
          advice: { key: 'health.upgrade.lazy.advice' },
        });
      }
    }
    for (const queue of snapshot.queues) {
      if (queue.arguments?.['x-queue-mode'] !== 'lazy') continue;
      found.push({
        id: findingId('upgrade', 'lazy-argument', queueObject(queue)),
        rule: 'upgrade',
        severity: 'info',
        title: { key: 'health.upgrade.lazyArgument.title', vars: { queue: queue.name } },
        objects: [queueObject(queue)],
        advice: { key: 'health.upgrade.lazy.advice' },
      });
    }
    return found;
  },
};
