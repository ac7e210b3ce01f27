import { describe, expect, it } from 'vitest';
import { listQueryFromUrl as queueListQuery } from './list-url';

describe('listQueryFromUrl', () => {
  it('defaults to the first page of 100, in the broker’s own order (no sort)', () => {
    expect(queueListQuery(new URLSearchParams())).toEqual({ page: 1, page_size: 100 });
  });

  it('reads the URL the way useListParams writes it', () => {
    const params = new URLSearchParams('vhost=%2F&page=3&page_size=20&name=orders(&regex=1&sort=messages&desc=1');
    expect(queueListQuery(params)).toEqual({
      vhost: '/',
      page: 3,
      page_size: 20,
      name: 'orders(',
      use_regex: 'true',
      sort: 'messages',
      sort_reverse: 'true',
    });
  });

  it('gives the server page (a plain record) and the client (URLSearchParams) the same query key', () => {
    const record = { vhost: 'team-a', name: 'x', regex: '1', page: '2' };
    expect(queueListQuery(record)).toEqual(queueListQuery(new URLSearchParams(record)));
    expect(queueListQuery({ vhost: ['a', 'b'] }).vhost).toBe('a');
  });

  it('ignores nonsense and regex without a filter', () => {
    expect(queueListQuery(new URLSearchParams('page=-1&page_size=9999&regex=1&desc=1'))).toEqual({ page: 1, page_size: 100 });
  });
});
