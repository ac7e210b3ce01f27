import { describe, expect, it } from 'vitest';
import { listQuerySchema } from '@/lib/schemas/list';
import { pageLocally } from './activity';

const items = Array.from({ length: 7 }, (_, i) => ({ name: `127.0.0.1:${5000 + i} -> 127.0.0.1:5672` }));
const query = (input: Record<string, string>) => listQuerySchema.parse(input);

describe('pageLocally (per-vhost lists the broker does not page)', () => {
  it('pages like the broker and says Warren did it', () => {
    const page = pageLocally(items, query({ page: '2', page_size: '3' }));
    expect(page.items.map((c) => c.name)).toEqual([items[3]!.name, items[4]!.name, items[5]!.name]);
    expect(page).toMatchObject({ page: 2, page_size: 3, page_count: 3, item_count: 3, filtered_count: 7, total_count: 7, paged_by_warren: true });
  });

  it('filters by a case-insensitive substring, or a case-insensitive regex', () => {
    expect(pageLocally(items, query({ name: ':5003 ->' })).items).toEqual([items[3]]);
    expect(pageLocally(items, query({ name: '^127\\.0\\.0\\.1:500[56] ', use_regex: 'true' })).filtered_count).toBe(2);
    // Without regex, regex characters are plain text.
    expect(pageLocally(items, query({ name: '500[56]' })).filtered_count).toBe(0);
    expect(pageLocally([{ name: 'Orders' }], query({ name: 'ORD' })).filtered_count).toBe(1);
    expect(pageLocally([{ name: 'Orders' }], query({ name: 'ord', use_regex: 'true' })).filtered_count).toBe(1);
  });

  it('answers the last page for a page past the end, and an empty first page for nothing', () => {
    expect(pageLocally(items, query({ page: '9', page_size: '5' }))).toMatchObject({ page: 2, item_count: 2 });
    expect(pageLocally([], query({ page: '3' }))).toMatchObject({ page: 1, page_count: 0, items: [], total_count: 0 });
  });
});
