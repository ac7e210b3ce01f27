import { describe, expect, it } from 'vitest';
import { policyBodySchema, policyPreviewQuerySchema } from './admin-policies';

const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('policyBodySchema', () => {
  it('takes a policy as the broker does, with its defaults', () => {
    const body = policyBodySchema('policy').parse({ pattern: '^orders\\.', definition: { 'max-length': 10, 'ha-mode': 'all' } });
    expect(body).toEqual({ pattern: '^orders\\.', 'apply-to': 'all', priority: 0, definition: { 'max-length': 10, 'ha-mode': 'all' } });
    expect(policyBodySchema('operator').parse({ pattern: '.*', definition: { expires: 1000 } })['apply-to']).toBe('queues');
  });

  // Regression: the JavaScript engine's check refused PCRE patterns the broker takes, such as a broker's own export's.
  it('takes the PCRE syntax a policy pattern may use', () => {
    expect(policyBodySchema('policy').safeParse({ pattern: '(?i)^orders', definition: { 'max-length': 1 } }).success).toBe(true);
  });

  it('refuses a pattern that is not a regular expression before the broker sees it', () => {
    expect(issues(policyBodySchema('policy').safeParse({ pattern: '^(orders', definition: { 'max-length': 1 } }))[0]).toMatch(/^pattern: Invalid regular expression/);
  });

  it('says which definition key has a value of the wrong type', () => {
    const result = policyBodySchema('policy').safeParse({ pattern: '.*', definition: { 'max-length': '10', overflow: 'drop-tail' } });
    expect(issues(result)).toEqual(['definition.max-length: expected a number', 'definition.overflow: expected one of drop-head, reject-publish, reject-publish-dlx']);
  });

  it('refuses an empty definition, "__proto__" and keys an operator policy does not take', () => {
    expect(issues(policyBodySchema('policy').safeParse({ pattern: '.*', definition: {} }))[0]).toMatch(/at least one key/);
    expect(issues(policyBodySchema('policy').safeParse({ pattern: '.*', definition: JSON.parse('{"__proto__": 1}') }))[0]).toMatch(/__proto__/);
    expect(issues(policyBodySchema('policy').safeParse({ pattern: '.*', definition: [] }))).toEqual(['definition: expected an object']);
    expect(issues(policyBodySchema('operator').safeParse({ pattern: '.*', definition: { 'ha-mode': 'all' } }))[0]).toMatch(/^definition\.ha-mode: not an operator policy key/);
  });

  it('takes apply-to values the broker knows and whole priorities', () => {
    expect(issues(policyBodySchema('policy').safeParse({ pattern: '.*', 'apply-to': 'topics', definition: { expires: 5 } }))[0]).toMatch(/^apply-to: apply-to is one of/);
    expect(issues(policyBodySchema('policy').safeParse({ pattern: '.*', priority: 1.5, definition: { expires: 5 } }))).toEqual(['priority: expected a whole number']);
  });
});

describe('policyPreviewQuerySchema', () => {
  it('reads the query of a preview', () => {
    expect(policyPreviewQuerySchema.parse({ vhost: '/', pattern: '^a', priority: '3', keys: 'max-length, ha-mode' })).toEqual({
      vhost: '/',
      pattern: '^a',
      apply_to: 'all',
      priority: 3,
      keys: ['max-length', 'ha-mode'],
    });
    expect(policyPreviewQuerySchema.safeParse({ vhost: '/', pattern: '(' }).success).toBe(false);
  });
});
