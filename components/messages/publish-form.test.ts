import { describe, expect, it } from 'vitest';
import { checkPublishForm, emptyPublishForm, formatJson, payloadBytes } from './publish-form';

describe('checkPublishForm', () => {
  it('builds the message the routes take, leaving empty properties out', () => {
    const checked = checkPublishForm(
      { ...emptyPublishForm('orders'), delivery_mode: '1', content_type: 'application/json', priority: '5', expiration: '60000', timestamp: '1700000000' },
      [{ key: 'x-tenant', value: '7', type: 'number' }],
    );
    expect(checked).toEqual({
      ok: true,
      count: 1,
      message: {
        routing_key: 'orders',
        properties: { delivery_mode: 1, content_type: 'application/json', priority: 5, expiration: '60000', timestamp: 1700000000 },
        headers: { 'x-tenant': 7 },
        payload: '',
        payload_encoding: 'string',
        mandatory: true,
      },
    });
  });

  it('puts each problem on its field', () => {
    const checked = checkPublishForm(
      { ...emptyPublishForm(), routing_key: 'k'.repeat(256), priority: '1.5', expiration: '-1', timestamp: 'now', count: '2', rate: '0' },
      [{ key: '', value: 'orphan', type: 'string' }],
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems).sort()).toEqual(['expiration', 'priority', 'rate', 'routing_key', 'timestamp']);
    expect(checked.problems.routing_key).toEqual({ key: 'publish.error.tooLong', vars: { name: 'routing_key', max: 255, bytes: 256 } });
    expect(checked.headerErrors).toEqual({ 0: { code: 'keyMissing' } });
  });

  it('takes placeholders where numbers go in a JSON template, but not in a single message', () => {
    const template = { ...emptyPublishForm(), payload_encoding: 'json' as const, payload: '{"n": {{seq}}}' };
    expect(checkPublishForm({ ...template, count: '10', rate: '50' }, [])).toMatchObject({ ok: true, count: 10, rate: 50 });
    expect(checkPublishForm(template, [])).toMatchObject({ ok: false, problems: { payload: { key: 'publish.error.json' } } });
  });

  it('refuses a count outside 1 to a million', () => {
    for (const count of ['0', '1000001', '2.5', '']) {
      expect(checkPublishForm({ ...emptyPublishForm(), count }, [])).toMatchObject({ ok: false, problems: { count: { key: 'publish.error.count' } } });
    }
  });
});

describe('payloadBytes', () => {
  it('counts UTF-8 bytes of text and the decoded bytes of base64', () => {
    expect(payloadBytes('é', 'string')).toBe(2);
    expect(payloadBytes('AAEC+v8=', 'base64')).toBe(5);
    expect(payloadBytes('AAEC\n+v8A', 'base64')).toBe(6);
  });
});

describe('formatJson', () => {
  it('pretty-prints, or says what the parser found', () => {
    expect(formatJson('{"a":[1,2]}')).toEqual({ text: '{\n  "a": [\n    1,\n    2\n  ]\n}' });
    expect(formatJson('{"a":')).toHaveProperty('problem');
  });
});
