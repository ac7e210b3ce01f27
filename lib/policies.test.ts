import { describe, expect, it } from 'vitest';
import {
  applyToChoices,
  appliesToQueueType,
  brokerPatternFilter,
  definitionValueProblem,
  describeValueProblem,
  OPERATOR_POLICY_KEYS,
  presetKeys,
  previewOutcome,
  takesQueueTypeApplyTo,
  unsupportedKeys,
} from './policies';

describe('apply-to by broker version', () => {
  it('offers the queue types only from RabbitMQ 3.12 on (3.10 and 3.11 refuse them)', () => {
    expect(applyToChoices('policy', '3.10.8')).toEqual(['all', 'exchanges', 'queues']);
    expect(applyToChoices('policy', '3.11.28')).toEqual(['all', 'exchanges', 'queues']);
    expect(applyToChoices('policy', '3.12.0')).toEqual(['all', 'exchanges', 'queues', 'classic_queues', 'quorum_queues', 'streams']);
    expect(applyToChoices('policy', '4.0.5')).toContain('streams');
    expect(applyToChoices('operator', '3.10.8')).toEqual(['queues']);
    // An unknown version is taken as the older one: offering what the broker refuses is worse.
    expect(takesQueueTypeApplyTo(undefined)).toBe(false);
    expect(takesQueueTypeApplyTo('not a version')).toBe(false);
  });

  it('matches a queue type to the apply-to that names it', () => {
    expect(appliesToQueueType('queues', 'stream')).toBe(true);
    expect(appliesToQueueType('all', 'quorum')).toBe(true);
    expect(appliesToQueueType('quorum_queues', 'quorum')).toBe(true);
    expect(appliesToQueueType('quorum_queues', 'classic')).toBe(false);
    expect(appliesToQueueType('exchanges', 'classic')).toBe(false);
  });
});

describe('definition keys', () => {
  it('has 3.10’s operator policy keys, no more (overflow is not one, whatever the official form offers)', () => {
    expect([...OPERATOR_POLICY_KEYS].sort()).toEqual(
      ['delivery-limit', 'expires', 'max-in-memory-bytes', 'max-in-memory-length', 'max-length', 'max-length-bytes', 'message-ttl'].sort(),
    );
    expect(presetKeys('operator').map((spec) => spec.key)).not.toContain('overflow');
    expect(definitionValueProblem('operator', 'overflow', 'drop-head')?.code).toBe('notOperatorKey');
  });

  it('offers the official helpers with the type each takes', () => {
    const presets = new Map(presetKeys('policy').map((spec) => [spec.key, spec.type]));
    expect(presets.get('max-length')).toBe('number');
    expect(presets.get('ha-params')).toBe('number');
    expect(presets.get('federation-upstream-set')).toBe('string');
    expect(presets.get('queue-version')).toBe('number');
    expect(presets.has('max-in-memory-length')).toBe(false);
  });

  it('checks values as the broker will', () => {
    expect(definitionValueProblem('policy', 'max-length', 10)).toBeNull();
    expect(definitionValueProblem('policy', 'max-length', '10')).toEqual({ code: 'number', key: 'max-length' });
    expect(definitionValueProblem('policy', 'max-length', 1.5)?.code).toBe('wholeNumber');
    expect(definitionValueProblem('policy', 'expires', 0)).toEqual({ code: 'min', key: 'expires', min: 1 });
    expect(definitionValueProblem('policy', 'overflow', 'drop-tail')?.code).toBe('oneOf');
    expect(definitionValueProblem('policy', 'queue-version', 3)?.code).toBe('oneOf');
    expect(definitionValueProblem('policy', 'max-age', '7D')).toBeNull();
    expect(definitionValueProblem('policy', 'max-age', '7 days')?.code).toBe('maxAge');
    expect(definitionValueProblem('policy', 'ha-params', ['rabbit@a', 'rabbit@b'])).toBeNull();
    expect(definitionValueProblem('policy', 'ha-params', 'two')?.code).toBe('haParams');
    // A plugin's key is the broker's to judge.
    expect(definitionValueProblem('policy', 'shovel-thing', { a: 1 })).toBeNull();
    expect(describeValueProblem({ code: 'number', key: 'x' })).toBe('expected a number');
  });

  it('knows which queue types refuse which keys (the policy then does not apply to them)', () => {
    expect(unsupportedKeys('quorum', ['ha-mode', 'max-length'])).toEqual(['ha-mode']);
    expect(unsupportedKeys('stream', ['max-length', 'max-age'])).toEqual(['max-length']);
    expect(unsupportedKeys('classic', ['delivery-limit'])).toEqual(['delivery-limit']);
    expect(unsupportedKeys(undefined, ['max-length'])).toEqual([]);
  });
});

describe('previewOutcome', () => {
  const base = { name: 'cap', priority: 5 };
  it('says what the policy would do next to the one applying today', () => {
    expect(previewOutcome({ ...base, current: null, currentPriority: undefined })).toEqual({ kind: 'applies' });
    expect(previewOutcome({ ...base, current: 'cap', currentPriority: 5 })).toEqual({ kind: 'stays' });
    expect(previewOutcome({ ...base, current: 'ha', currentPriority: 9 })).toEqual({ kind: 'outranked', current: 'ha', priority: 9 });
    expect(previewOutcome({ ...base, current: 'ha', currentPriority: 1 })).toEqual({ kind: 'replaces', current: 'ha', priority: 1 });
    expect(previewOutcome({ ...base, current: 'ha', currentPriority: 5 })).toEqual({ kind: 'tie', current: 'ha', priority: 5 });
    expect(previewOutcome({ ...base, current: 'gone', currentPriority: undefined })).toEqual({ kind: 'unknown', current: 'gone' });
  });

  it('puts a queue type that refuses a key before any priority', () => {
    expect(previewOutcome({ ...base, current: null, currentPriority: undefined, unsupported: ['ha-mode'] })).toEqual({ kind: 'unsupported', keys: ['ha-mode'] });
  });
});

it('makes the broker’s caseless name filter case-sensitive like a policy pattern', () => {
  // Regression guard: without (?-i) a pattern ^or matched "Orders" in the preview but not in the policy.
  expect(brokerPatternFilter('^or')).toBe('(?-i)^or');
});
