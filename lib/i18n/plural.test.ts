import { describe, expect, it } from 'vitest';
import { fill, pluralBlocks, withoutPlurals } from './plural';

describe('plural forms', () => {
  const template = 'Purge {count} selected {count, plural, one {queue} other {queues}}?';

  it('chooses by the language’s rules', () => {
    expect(fill('en', template, { count: 1 })).toBe('Purge 1 selected queue?');
    expect(fill('en', template, { count: 2 })).toBe('Purge 2 selected queues?');
    expect(fill('en', template, { count: 0 })).toBe('Purge 0 selected queues?');
    expect(fill('zh', '清空 {count, plural, other {# 个队列}}', { count: 1 })).toBe('清空 1 个队列');
  });

  it('puts the number for #, and takes "other" for a count that is not a number', () => {
    expect(fill('en', '{n, plural, one {# message} other {# messages}} left', { n: 1 })).toBe('1 message left');
    expect(fill('en', '{n, plural, one {# message} other {# messages}}', { n: 12345 })).toBe('12,345 messages');
    expect(fill('en', '{n, plural, one {# message} other {# messages}}', { n: '1,024' })).toBe('1,024 messages');
  });

  it('reads the blocks for the catalogue test', () => {
    expect(pluralBlocks(template)).toEqual([{ name: 'count', categories: ['one', 'other'] }]);
    expect(withoutPlurals(template)).toBe('Purge {count} selected {count}?');
  });
});
