import type { SnapshotQueue } from './snapshot-types';

// A queue's length limits as RabbitMQ applies them: from its arguments (x-max-length,
// x-max-length-bytes, x-overflow) and from the policy in force; when both set a limit, the
// lower one applies. Both limits count ready messages only.

export interface QueueLimits {
  maxLength?: number;
  maxLengthBytes?: number;
  /** drop-head (the default), reject-publish or reject-publish-dlx. */
  overflow: string;
}

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

function lower(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

export function queueLimits(queue: SnapshotQueue): QueueLimits {
  const args = queue.arguments ?? {};
  const definition = queue.effective_policy_definition;
  const policy = definition && !Array.isArray(definition) ? definition : {};
  const overflow = args['x-overflow'] ?? policy['overflow'];
  return {
    maxLength: lower(positive(args['x-max-length']), positive(policy['max-length'])),
    maxLengthBytes: lower(positive(args['x-max-length-bytes']), positive(policy['max-length-bytes'])),
    overflow: typeof overflow === 'string' ? overflow : 'drop-head',
  };
}
