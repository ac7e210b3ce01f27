// Policies as RabbitMQ has them, for the routes, the forms and the preview alike (pure, no zod):
// the definition keys the broker validates (3.10's rabbit_policies.erl and
// rabbit_mirror_queue_misc.erl), the keys an operator policy takes, what `apply-to` takes on which
// version, which queue types refuse which keys, and how a policy competes with the one that
// applies to an object today.

export type PolicyKind = 'policy' | 'operator';

export const APPLY_TO = ['all', 'exchanges', 'queues', 'classic_queues', 'quorum_queues', 'streams'] as const;
export type ApplyTo = (typeof APPLY_TO)[number];

const QUEUE_TYPE_APPLY_TO: readonly ApplyTo[] = ['classic_queues', 'quorum_queues', 'streams'];

/** "3.10.8" → [3, 10, 8]; null when the text is not a version. */
export function parseVersion(version: string | undefined): [number, number, number] | null {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version ?? '');
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : null;
}

/**
 * apply-to classic_queues, quorum_queues and streams came with RabbitMQ 3.12 (rabbit_policy.erl);
 * 3.10 and 3.11 refuse them ("apply-to 'classic_queues' unrecognised"). An unknown version is
 * taken as the older one: offering less is safe, offering what the broker refuses is not.
 */
export function takesQueueTypeApplyTo(version: string | undefined): boolean {
  const parsed = parseVersion(version);
  if (!parsed) return false;
  const [major, minor] = parsed;
  return major > 3 || (major === 3 && minor >= 12);
}

/** What the form offers for apply-to. Operator policies set queue limits only: queues (and their types). */
export function applyToChoices(kind: PolicyKind, version: string | undefined): ApplyTo[] {
  const types = takesQueueTypeApplyTo(version) ? QUEUE_TYPE_APPLY_TO : [];
  return kind === 'operator' ? ['queues', ...types] : ['all', 'exchanges', 'queues', ...types];
}

export const appliesToQueues = (applyTo: string) => applyTo !== 'exchanges';
export const appliesToExchanges = (applyTo: string) => applyTo === 'all' || applyTo === 'exchanges';

/** Whether a policy applying to `applyTo` can apply to a queue of this type (3.12's queue-type values). */
export function appliesToQueueType(applyTo: string, queueType: string | undefined): boolean {
  if (applyTo === 'classic_queues') return queueType === 'classic';
  if (applyTo === 'quorum_queues') return queueType === 'quorum';
  if (applyTo === 'streams') return queueType === 'stream';
  return appliesToQueues(applyTo);
}

// ---------------------------------------------------------------------------------------------
// Definition keys

export type PolicyValueType = 'number' | 'string' | 'boolean' | 'list';
/** The official UI's rows of helpers: queues of all types, classic, quorum, streams, exchanges, federation. */
export type PolicyKeyGroup = 'queues' | 'classic' | 'quorum' | 'streams' | 'exchanges' | 'federation';

export interface PolicyKeySpec {
  key: string;
  type: PolicyValueType;
  group: PolicyKeyGroup;
  /** The values the broker takes, when it is a choice. */
  values?: ReadonlyArray<string | number>;
  /** The smallest whole number the broker takes. */
  min?: number;
  /** What the helper puts in the value box. */
  start?: string;
  /** Offered as a helper in the form (the others are still checked when they appear). */
  preset: boolean;
  /** An operator policy takes it (3.10's operator_policy_validator list). */
  operator?: boolean;
}

/** Every key RabbitMQ 3.10 validates in a policy definition, in the official UI's order. */
export const POLICY_KEYS: readonly PolicyKeySpec[] = [
  { key: 'max-length', type: 'number', group: 'queues', min: 0, preset: true, operator: true },
  { key: 'max-length-bytes', type: 'number', group: 'queues', min: 0, preset: true, operator: true },
  { key: 'overflow', type: 'string', group: 'queues', values: ['drop-head', 'reject-publish', 'reject-publish-dlx'], start: 'reject-publish', preset: true },
  { key: 'expires', type: 'number', group: 'queues', min: 1, preset: true, operator: true },
  { key: 'dead-letter-exchange', type: 'string', group: 'queues', preset: true },
  { key: 'dead-letter-routing-key', type: 'string', group: 'queues', preset: true },
  { key: 'message-ttl', type: 'number', group: 'queues', min: 0, preset: true, operator: true },
  { key: 'ha-mode', type: 'string', group: 'classic', values: ['all', 'exactly', 'nodes'], start: 'all', preset: true },
  { key: 'ha-params', type: 'number', group: 'classic', min: 1, preset: true },
  { key: 'ha-sync-mode', type: 'string', group: 'classic', values: ['manual', 'automatic'], start: 'automatic', preset: true },
  { key: 'ha-promote-on-shutdown', type: 'string', group: 'classic', values: ['when-synced', 'always'], preset: true },
  { key: 'ha-promote-on-failure', type: 'string', group: 'classic', values: ['when-synced', 'always'], preset: true },
  { key: 'ha-sync-batch-size', type: 'number', group: 'classic', min: 1, preset: false },
  { key: 'queue-mode', type: 'string', group: 'classic', values: ['default', 'lazy'], start: 'lazy', preset: true },
  { key: 'queue-version', type: 'number', group: 'classic', values: [1, 2], start: '2', preset: true },
  { key: 'queue-master-locator', type: 'string', group: 'classic', values: ['min-masters', 'client-local', 'random'], preset: true },
  { key: 'delivery-limit', type: 'number', group: 'quorum', min: 0, preset: true, operator: true },
  { key: 'dead-letter-strategy', type: 'string', group: 'quorum', values: ['at-most-once', 'at-least-once'], start: 'at-least-once', preset: true },
  { key: 'queue-leader-locator', type: 'string', group: 'quorum', values: ['client-local', 'balanced', 'random', 'least-leaders'], start: 'balanced', preset: true },
  { key: 'max-in-memory-length', type: 'number', group: 'quorum', min: 0, preset: false, operator: true },
  { key: 'max-in-memory-bytes', type: 'number', group: 'quorum', min: 0, preset: false, operator: true },
  { key: 'initial-cluster-size', type: 'number', group: 'quorum', min: 0, preset: false },
  { key: 'max-age', type: 'string', group: 'streams', start: '7D', preset: true },
  { key: 'stream-max-segment-size-bytes', type: 'number', group: 'streams', min: 0, preset: true },
  { key: 'alternate-exchange', type: 'string', group: 'exchanges', preset: true },
  { key: 'federation-upstream-set', type: 'string', group: 'federation', start: 'all', preset: true },
  { key: 'federation-upstream', type: 'string', group: 'federation', preset: true },
];

const SPECS = new Map(POLICY_KEYS.map((spec) => [spec.key, spec]));

export function policyKeySpec(key: string): PolicyKeySpec | undefined {
  return SPECS.get(key);
}

/** The keys an operator policy takes in RabbitMQ 3.10 (anything else is "not recognised"). */
export const OPERATOR_POLICY_KEYS = POLICY_KEYS.filter((spec) => spec.operator).map((spec) => spec.key);

/** The helpers each form offers: operator policies have their narrower set. */
export function presetKeys(kind: PolicyKind): PolicyKeySpec[] {
  return POLICY_KEYS.filter((spec) => (kind === 'operator' ? spec.operator : spec.preset));
}

/** What is wrong with one value of a definition, as a code the UI words in the user's language. */
export type DefinitionValueProblem =
  | { code: 'number' | 'wholeNumber' | 'string' | 'maxAge' | 'haParams'; key: string }
  | { code: 'min'; key: string; min: number }
  | { code: 'oneOf'; key: string; values: string }
  | { code: 'notOperatorKey'; key: string; keys: string };

/** A key's value checked as the broker will (types, bounds, choices); null when it will take it. */
export function definitionValueProblem(kind: PolicyKind, key: string, value: unknown): DefinitionValueProblem | null {
  if (kind === 'operator' && !OPERATOR_POLICY_KEYS.includes(key)) {
    return { code: 'notOperatorKey', key, keys: OPERATOR_POLICY_KEYS.join(', ') };
  }
  const spec = SPECS.get(key);
  // Keys of plugins (federation, shovel …) are the broker's to judge.
  if (!spec) return null;
  if (key === 'ha-params' && Array.isArray(value)) {
    return value.every((node) => typeof node === 'string') ? null : { code: 'haParams', key };
  }
  if (spec.type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return { code: key === 'ha-params' ? 'haParams' : 'number', key };
    if (!Number.isInteger(value)) return { code: 'wholeNumber', key };
    if (spec.min !== undefined && value < spec.min) return { code: 'min', key, min: spec.min };
  } else if (typeof value !== 'string') {
    return { code: 'string', key };
  }
  if (spec.values && !spec.values.includes(value as string | number)) return { code: 'oneOf', key, values: spec.values.join(', ') };
  // rabbit_amqqueue:check_max_age: a positive whole number and one of the units Y, M, D, h, m, s.
  if (key === 'max-age' && !/^[1-9]\d*[YMDhms]$/.test(value as string)) return { code: 'maxAge', key };
  return null;
}

/** The English sentence of a problem (route errors, the definitions file's report). */
export function describeValueProblem(problem: DefinitionValueProblem): string {
  switch (problem.code) {
    case 'number':
      return 'expected a number';
    case 'wholeNumber':
      return 'expected a whole number';
    case 'min':
      return `expected a whole number of at least ${problem.min}`;
    case 'string':
      return 'expected a string';
    case 'oneOf':
      return `expected one of ${problem.values}`;
    case 'maxAge':
      return 'expected a positive whole number followed by Y, M, D, h, m or s (such as 7D)';
    case 'haParams':
      return 'expected a number (ha-mode exactly) or a list of node names (ha-mode nodes)';
    case 'notOperatorKey':
      return `not an operator policy key; operator policies take ${problem.keys}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Which queue types take which keys (3.10's unsupported_policies of each queue type): a policy
// with one of these keys does not apply to such a queue at all, whatever its priority.

const UNSUPPORTED_KEYS: Record<string, readonly string[]> = {
  classic: ['max-age', 'stream-max-segment-size-bytes', 'queue-leader-locator', 'initial-cluster-size', 'delivery-limit', 'dead-letter-strategy'],
  quorum: [
    'max-priority', 'queue-mode', 'single-active-consumer', 'ha-mode', 'ha-params', 'ha-sync-mode', 'ha-promote-on-shutdown',
    'ha-promote-on-failure', 'queue-master-locator', 'max-age', 'stream-max-segment-size-bytes', 'initial-cluster-size',
  ],
  stream: [
    'expires', 'message-ttl', 'dead-letter-exchange', 'dead-letter-routing-key', 'max-length', 'max-in-memory-length',
    'max-in-memory-bytes', 'max-priority', 'overflow', 'queue-mode', 'single-active-consumer', 'delivery-limit', 'ha-mode',
    'ha-params', 'ha-sync-mode', 'ha-promote-on-shutdown', 'ha-promote-on-failure', 'queue-master-locator',
  ],
};

/** The definition's keys a queue of this type refuses (so the policy does not apply to it). */
export function unsupportedKeys(queueType: string | undefined, keys: readonly string[]): string[] {
  const refused = UNSUPPORTED_KEYS[queueType ?? 'classic'] ?? [];
  return keys.filter((key) => refused.includes(key));
}

// ---------------------------------------------------------------------------------------------
// The preview: what a policy would do to one object that its pattern matches.

export type PreviewOutcome =
  /** No policy applies today; this one would. */
  | { kind: 'applies' }
  /** This very policy applies today (it is being updated). */
  | { kind: 'stays' }
  /** Another policy of lower priority applies today; this one would take its place. */
  | { kind: 'replaces'; current: string; priority: number }
  /** Another policy of higher priority applies today and keeps applying. */
  | { kind: 'outranked'; current: string; priority: number }
  /** Another policy of the same priority applies today: which one wins is not defined. */
  | { kind: 'tie'; current: string; priority: number }
  /** The queue's type refuses some of the definition's keys: the policy does not apply to it. */
  | { kind: 'unsupported'; keys: string[] }
  /** apply-to names another queue type (3.12's classic_queues, quorum_queues, streams). */
  | { kind: 'otherType' }
  /** Another policy applies today whose priority is not known (deleted a moment ago). */
  | { kind: 'unknown'; current: string };

/**
 * RabbitMQ applies the matching policy of the highest priority among those the object takes
 * (rabbit_policy:match_all); among equal priorities the order is not defined. The policy that
 * applies today is the broker's own answer (`policy` or `operator_policy` of the object).
 */
export function previewOutcome({
  name,
  priority,
  current,
  currentPriority,
  unsupported = [],
}: {
  name: string;
  priority: number;
  current: string | null | undefined;
  currentPriority: number | undefined;
  unsupported?: string[];
}): PreviewOutcome {
  if (unsupported.length) return { kind: 'unsupported', keys: unsupported };
  if (!current) return { kind: 'applies' };
  if (current === name) return { kind: 'stays' };
  if (currentPriority === undefined) return { kind: 'unknown', current };
  if (currentPriority > priority) return { kind: 'outranked', current, priority: currentPriority };
  if (currentPriority < priority) return { kind: 'replaces', current, priority: currentPriority };
  return { kind: 'tie', current, priority: currentPriority };
}

/**
 * The management API's `name` filter with `use_regex` matches without regard to case
 * (re:run(Name, Filter, [caseless])) while a policy's pattern is case-sensitive: PCRE's inline
 * "(?-i)" turns caseless off again, so the broker's filter matches exactly what the policy will.
 */
export function brokerPatternFilter(pattern: string): string {
  return `(?-i)${pattern}`;
}
