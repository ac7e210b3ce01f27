// Pure rules of Admin → virtual hosts and cluster, shared by the pages and the routes.

import type { AdminVhost, FeatureFlag, VhostLimits, VhostLimitName } from '@/lib/api/admin-vhosts';

/**
 * Whether the broker keeps a vhost's default queue type. RabbitMQ 3.10 accepts
 * `default_queue_type` on PUT /api/vhosts/{name} and drops it (the vhost reads back the text
 * "undefined"); 3.11 is the first to keep it. Null while the version is not known.
 */
export function keepsDefaultQueueType(rabbitmqVersion: string | undefined | null): boolean | null {
  const match = /^(\d+)\.(\d+)/.exec(rabbitmqVersion ?? '');
  if (!match) return null;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major > 3 || (major === 3 && minor >= 11);
}

/** The vhost's default queue type, or null when it has none (3.10 answers "undefined"). */
export function vhostDefaultQueueType(vhost: Pick<AdminVhost, 'default_queue_type'> | undefined): string | null {
  const type = vhost?.default_queue_type;
  return type && type !== 'undefined' ? type : null;
}

/** Tags as typed in a form ("a, b,,c"): trimmed, without empties or repeats, in their order. */
export function parseTagList(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** A limit that does not limit: not set, or set to a negative value (RabbitMQ's -1). */
export function isUnlimited(value: number | undefined): boolean {
  return value === undefined || value < 0;
}

/** The broker's limit list for one vhost (`[{ vhost, value: { "max-queues": 5 } }]` or `[]`) as one record. */
export function limitsOf(rows: Array<{ vhost: string; value: Record<string, unknown> }>, vhost: string): VhostLimits {
  const row = rows.find((entry) => entry.vhost === vhost);
  const limits: VhostLimits = {};
  for (const [name, value] of Object.entries(row?.value ?? {})) {
    if ((name === 'max-connections' || name === 'max-queues') && typeof value === 'number') limits[name as VhostLimitName] = value;
  }
  return limits;
}

/**
 * Whether the UI offers "Enable" for a feature flag: disabled and stable. Enabling cannot be
 * undone; experimental flags are for rabbitmqctl after reading their documentation.
 */
export function canEnableFeatureFlag(flag: Pick<FeatureFlag, 'state' | 'stability'>): boolean {
  return flag.state === 'disabled' && flag.stability === 'stable';
}

/** Total number of messages a vhost's deletion takes with it (ready + unacknowledged). */
export function vhostMessageCount(vhost: Pick<AdminVhost, 'messages' | 'messages_ready' | 'messages_unacknowledged'> | undefined): number {
  if (!vhost) return 0;
  return vhost.messages ?? (vhost.messages_ready ?? 0) + (vhost.messages_unacknowledged ?? 0);
}
