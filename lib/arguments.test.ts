import { describe, expect, it } from 'vitest';
import { argumentsFromRows, rowsFromArguments } from './arguments';

describe('argumentsFromRows', () => {
  it('types each value as chosen', () => {
    const { value, errors } = argumentsFromRows([
      { key: 'x-message-ttl', value: '60000', type: 'number' },
      { key: 'x-dead-letter-exchange', value: 'dlx', type: 'string' },
      { key: 'x-single-active-consumer', value: 'true', type: 'boolean' },
      { key: 'x-list', value: 'a, b', type: 'list' },
      { key: '', value: '', type: 'string' },
    ]);
    expect(errors).toEqual({});
    expect(value).toEqual({
      'x-message-ttl': 60000,
      'x-dead-letter-exchange': 'dlx',
      'x-single-active-consumer': true,
      'x-list': ['a', 'b'],
    });
  });

  it('says which row is wrong and why', () => {
    const { errors } = argumentsFromRows([
      { key: 'x-max-length', value: 'ten', type: 'number' },
      { key: 'x-flag', value: 'yes', type: 'boolean' },
      { key: '', value: 'orphan', type: 'string' },
      { key: 'x-max-length', value: '5', type: 'number' },
    ]);
    expect(errors[0]).toEqual({ code: 'notANumber', params: { key: 'x-max-length', value: 'ten' } });
    expect(errors[1]).toEqual({ code: 'notABoolean', params: { key: 'x-flag' } });
    expect(errors[2]).toEqual({ code: 'keyMissing' });
    expect(errors[3]).toBeUndefined();
  });

  it('refuses duplicate keys', () => {
    const { errors } = argumentsFromRows([
      { key: 'a', value: '1', type: 'string' },
      { key: 'a', value: '2', type: 'string' },
    ]);
    expect(errors[1]).toEqual({ code: 'duplicateKey', params: { key: 'a' } });
  });

  it('refuses a list that is neither JSON nor comma-separated text', () => {
    expect(argumentsFromRows([{ key: 'l', value: '[1, {}]', type: 'list' }]).errors[0]).toEqual({ code: 'notAList', params: { key: 'l' } });
  });

  it('round-trips through rowsFromArguments', () => {
    const args = { 'x-max-priority': 10, 'x-queue-type': 'quorum', flag: false, list: [1, 'b'] };
    expect(argumentsFromRows(rowsFromArguments(args)).value).toEqual(args);
  });
});

describe('argument rows, by property', () => {
  // Regression (found by the property below): a key named like an Object method ("valueOf",
  // "constructor") was refused as a duplicate, because "key in value" sees the prototype.
  it('takes keys named like the methods every object has', () => {
    const rows = ['valueOf', 'constructor', 'toString', '__proto__'].map((key) => ({ key, value: 'x', type: 'string' as const }));
    const result = argumentsFromRows(rows);
    expect(result.errors).toEqual({});
    expect(Object.keys(result.value).sort()).toEqual(['__proto__', 'constructor', 'toString', 'valueOf']);
  });

  it('typed arguments → editor rows → typed arguments is the identity', async () => {
    const fc = (await import('fast-check')).default;
    const scalar = fc.oneof(
      fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== 'true' && s !== 'false' && !/^\[/.test(s)),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
    );
    const value = fc.oneof(scalar, fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxLength: 4 }));
    const args = fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k.trim() === k), value, { maxKeys: 6 });
    fc.assert(
      fc.property(args, (original) => {
        const back = argumentsFromRows(rowsFromArguments(original));
        expect(back.errors).toEqual({});
        expect(back.value).toEqual(original);
      }),
      { numRuns: 2000 },
    );
  });
});
