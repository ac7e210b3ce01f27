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
