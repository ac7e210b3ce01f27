import { describe, expect, it } from 'vitest';
import { regexProblem } from '@/lib/regex';
import { listQuerySchema } from './list';

describe('listQuerySchema', () => {
  it('applies defaults and coerces numbers', () => {
    expect(listQuerySchema.parse({})).toMatchObject({ page: 1, page_size: 100 });
    expect(listQuerySchema.parse({ page: '3', page_size: '500', use_regex: 'true', name: '^a' })).toMatchObject({
      page: 3,
      page_size: 500,
      use_regex: true,
    });
  });

  it('refuses page sizes the broker would refuse', () => {
    const result = listQuerySchema.safeParse({ page_size: '501' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('at most 500');
  });

  it('names an invalid regex instead of letting the broker answer a generic error', () => {
    const result = listQuerySchema.safeParse({ name: 'orders[', use_regex: 'true' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Invalid regular expression/);
    // The same text without regex is a plain substring filter, and fine.
    expect(listQuerySchema.safeParse({ name: 'orders[' }).success).toBe(true);
  });

  it('only accepts column paths as sort keys', () => {
    expect(listQuerySchema.safeParse({ sort: 'message_stats.publish_details.rate' }).success).toBe(true);
    expect(listQuerySchema.safeParse({ sort: 'name;drop' }).success).toBe(false);
  });

  it('regexProblem accepts valid patterns', () => {
    expect(regexProblem('^task_[0-9]+$')).toBeNull();
  });
});
