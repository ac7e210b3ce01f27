import type { DeadLetterBinding, SnapshotPolicy, SnapshotQueue } from './snapshot-types';

// Which queues are dead-letter queues, from what is cheap to see: the dead-letter settings in the
// arguments and effective policy of the queues checked and in the policies, and the bindings of
// the exchanges they name (a few looked up per refresh, see snapshot.ts). A queue counts as a
// dead-letter queue when it is bound to such an exchange or named by such a routing key.

export interface DeadLetterSetting {
  vhost: string;
  exchange: string;
  routingKey?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function policyDefinition(queue: SnapshotQueue): Record<string, unknown> {
  const definition = queue.effective_policy_definition;
  return definition && !Array.isArray(definition) ? definition : {};
}

/** Every distinct dead-letter exchange and routing key the queues and policies name. */
export function deadLetterSettings(queues: readonly SnapshotQueue[], policies: readonly SnapshotPolicy[] | null): DeadLetterSetting[] {
  const found = new Map<string, DeadLetterSetting>();
  const add = (vhost: string, exchange: string | undefined, routingKey: string | undefined) => {
    if (exchange === undefined) return;
    const setting = { vhost, exchange, ...(routingKey !== undefined ? { routingKey } : {}) };
    found.set(JSON.stringify([vhost, exchange, routingKey ?? null]), setting);
  };
  for (const queue of queues) {
    const args = queue.arguments ?? {};
    const policy = policyDefinition(queue);
    add(queue.vhost, text(args['x-dead-letter-exchange']), text(args['x-dead-letter-routing-key']));
    add(queue.vhost, text(policy['dead-letter-exchange']), text(policy['dead-letter-routing-key']));
  }
  for (const policy of policies ?? []) {
    if (policy['apply-to'] === 'exchanges') continue;
    add(policy.vhost, text(policy.definition['dead-letter-exchange']), text(policy.definition['dead-letter-routing-key']));
  }
  return [...found.values()];
}

/** The named dead-letter exchanges (not the default one), one per vhost and name, sorted. */
export function deadLetterExchanges(settings: readonly DeadLetterSetting[]): Array<{ vhost: string; exchange: string }> {
  const unique = new Map<string, { vhost: string; exchange: string }>();
  for (const { vhost, exchange } of settings) if (exchange !== '') unique.set(JSON.stringify([vhost, exchange]), { vhost, exchange });
  return [...unique.values()].sort((a, b) => a.vhost.localeCompare(b.vhost) || a.exchange.localeCompare(b.exchange));
}

/**
 * How a queue receives dead letters: the exchange they come through ('' for the default
 * exchange), or null when it is not a dead-letter queue as far as can be seen.
 */
export function deadLetterSource(
  queue: Pick<SnapshotQueue, 'vhost' | 'name'>,
  settings: readonly DeadLetterSetting[],
  bindings: readonly DeadLetterBinding[],
): { exchange: string } | null {
  const bound = bindings.find((b) => b.vhost === queue.vhost && b.queue === queue.name);
  if (bound) return { exchange: bound.exchange };
  const named = settings.find((s) => s.vhost === queue.vhost && s.routingKey === queue.name);
  return named ? { exchange: named.exchange } : null;
}
