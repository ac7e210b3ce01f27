import { describe, expect, it } from 'vitest';
import { overviewKeys } from '../overview/keys';
import { adminVhostKeys } from './keys';

describe('adminVhostKeys', () => {
  // The shell carries ?vhost= in every link: it must not narrow (or split the cache of) the vhost list.
  it('leaves the shell’s selected vhost out of the list’s key', () => {
    expect(adminVhostKeys.list({ vhost: 'team-a', page: 1, page_size: 100, sort: 'name' })).toEqual(
      adminVhostKeys.list({ page: 1, page_size: 100, sort: 'name' }),
    );
  });

  it('keeps Admin’s keys apart from the selector’s, under one parent of their own', () => {
    expect(adminVhostKeys.detail('vhosts').slice(0, 1)).toEqual(adminVhostKeys.all);
    expect(adminVhostKeys.limits('x').slice(0, 1)).toEqual(adminVhostKeys.all);
    expect(overviewKeys.vhosts()[0]).not.toBe(adminVhostKeys.all[0]);
  });
});
