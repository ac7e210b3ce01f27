// How a queue's features and state are shown in lists and on its page: short badges with a
// tooltip, in the official management UI's words (its formatters.js `fmt_features_short` and
// global.js KNOWN_ARGS), and a coloured state. Pure: unit-tested beside this file.

import type { MessageKey } from '@/lib/i18n/messages';

export type FeatureTone = 'neutral' | 'green' | 'amber' | 'red' | 'blue' | 'violet';

/** A message of the catalogue and what fills it: the UI says it in the user's language. */
export interface FeatureTitle {
  key: MessageKey;
  vars?: Record<string, string>;
}

export interface QueueFeature {
  /** Stable key: the argument name, or durable / auto-delete / exclusive / policy / operator-policy / args. */
  key: string;
  /** What the badge reads ("D", "TTL", "Lim B", a policy's name). */
  short: string;
  /** The tooltip ("x-message-ttl: 60000", "Policy: ha-all"); argument names and values stay as they are. */
  title: FeatureTitle;
  tone: FeatureTone;
}

/** The fields of a queue that its features come from (list rows and the detail have them). */
export interface FeatureSource {
  durable?: boolean;
  auto_delete?: boolean;
  exclusive?: boolean;
  arguments?: Record<string, unknown> | null;
  policy?: string | null;
  operator_policy?: string | null;
}

/**
 * Known arguments and their badges, in the order the official UI lists them. x-max-age and the
 * other newer keys have no official abbreviation; these are Warren's.
 */
export const KNOWN_QUEUE_ARGUMENTS: ReadonlyArray<readonly [key: string, short: string]> = [
  ['x-message-ttl', 'TTL'],
  ['x-expires', 'Exp'],
  ['x-max-length', 'Lim'],
  ['x-max-length-bytes', 'Lim B'],
  ['x-delivery-limit', 'DlL'],
  ['x-overflow', 'Ovfl'],
  ['x-dead-letter-exchange', 'DLX'],
  ['x-dead-letter-routing-key', 'DLK'],
  ['x-dead-letter-strategy', 'DLS'],
  ['x-queue-master-locator', 'ML'],
  ['x-queue-leader-locator', 'LL'],
  ['x-max-priority', 'Pri'],
  ['x-single-active-consumer', 'SAC'],
  ['x-max-age', 'MA'],
  ['x-queue-mode', 'Mode'],
  ['x-queue-version', 'Ver'],
];

const KNOWN = new Map(KNOWN_QUEUE_ARGUMENTS);

/** The Type column already says this; repeating it as "Args" (as 3.10 does) is noise. */
const HIDDEN_ARGUMENTS = new Set(['x-queue-type']);

/** An argument value as one line of text: lists as [a,b], tables as (k: v, ...). */
export function formatArgumentValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(formatArgumentValue).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `(${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${formatArgumentValue(v)}`)
      .join(', ')})`;
  }
  return String(value);
}

function argumentTitle(name: string, value: unknown): FeatureTitle {
  return { key: 'queues.feature.argument', vars: { name, value: formatArgumentValue(value) } };
}

/**
 * The badges for a queue: durable, auto-delete, exclusive, each known argument, "Args" for the
 * rest (its tooltip lists them), then the policy and operator policy by name.
 */
export function queueFeatures(queue: FeatureSource): QueueFeature[] {
  const features: QueueFeature[] = [];
  if (queue.durable) features.push({ key: 'durable', short: 'D', title: { key: 'queues.feature.durable' }, tone: 'neutral' });
  if (queue.auto_delete) features.push({ key: 'auto-delete', short: 'AD', title: { key: 'queues.feature.autoDelete' }, tone: 'neutral' });
  if (queue.exclusive) features.push({ key: 'exclusive', short: 'Excl', title: { key: 'queues.feature.exclusive' }, tone: 'amber' });

  const args = queue.arguments ?? {};
  for (const [key, short] of KNOWN_QUEUE_ARGUMENTS) {
    if (Object.hasOwn(args, key) && args[key] !== undefined && args[key] !== null) {
      features.push({ key, short, title: argumentTitle(key, args[key]), tone: 'blue' });
    }
  }
  const others = Object.entries(args).filter(([key]) => !KNOWN.has(key) && !HIDDEN_ARGUMENTS.has(key));
  if (others.length) {
    features.push({
      key: 'args',
      short: 'Args',
      title: { key: 'queues.feature.otherArguments', vars: { list: others.map(([key, value]) => `${key}: ${formatArgumentValue(value)}`).join(', ') } },
      tone: 'blue',
    });
  }

  if (queue.policy) features.push({ key: 'policy', short: queue.policy, title: { key: 'queues.feature.policy', vars: { name: queue.policy } }, tone: 'violet' });
  if (queue.operator_policy) {
    features.push({
      key: 'operator-policy',
      short: queue.operator_policy,
      title: { key: 'queues.feature.operatorPolicy', vars: { name: queue.operator_policy } },
      tone: 'violet',
    });
  }
  return features;
}

export interface StateSource {
  state?: string;
  idle_since?: string;
}

export interface QueueStateView {
  /** The broker's state, or "idle" for a running queue with idle_since. */
  text: string;
  /** What the cell reads instead of the state, when Warren names it (idle). */
  label?: MessageKey;
  tone: FeatureTone;
  /** Why it is in this state, for the tooltip (a message key; idle takes {since}). */
  explanation?: MessageKey;
}

/** The state as the official UI colours it: running green, idle grey, flow amber, down and crashed red. */
export function queueState(queue: StateSource): QueueStateView | null {
  const state = queue.state;
  if (!state) return null;
  switch (state) {
    case 'running':
      return queue.idle_since
        ? { text: 'idle', label: 'queues.state.idleName', tone: 'neutral', explanation: 'queues.state.idle' }
        : { text: state, tone: 'green' };
    case 'flow':
      return { text: state, tone: 'amber', explanation: 'queues.state.flow' };
    case 'terminated':
      return { text: state, tone: 'amber', explanation: 'queues.state.terminated' };
    case 'down':
      return { text: state, tone: 'red', explanation: 'queues.state.down' };
    case 'crashed':
      return { text: state, tone: 'red', explanation: 'queues.state.crashed' };
    case 'stopped':
      return { text: state, tone: 'red', explanation: 'queues.state.stopped' };
    case 'minority':
      return { text: state, tone: 'red', explanation: 'queues.state.minority' };
    default:
      return { text: state, tone: 'neutral' };
  }
}

/** Consumer capacity (0..1, the broker's consumer_utilisation) as a percentage, or null when unknown. */
export function consumerCapacityPercent(value: number | '' | null | undefined): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.round(Math.min(Math.max(value, 0), 1) * 100);
}
