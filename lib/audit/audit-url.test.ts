import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE, auditQueryFromUrl, isoFromLocalInput, localInputFromIso } from './audit-url';

describe('auditQueryFromUrl', () => {
  it('reads the filters and the page, in ISO time', () => {
    const params = new URLSearchParams({
      user: 'warren-admin',
      object: 'team-a',
      from: '2026-12-01T10:00:00Z',
      to: '2026-12-01T11:00:00.000+01:00',
      result: 'refused',
      page: '3',
      page_size: '20',
    });
    expect(auditQueryFromUrl(params)).toEqual({
      user: 'warren-admin',
      object: 'team-a',
      from: '2026-12-01T10:00:00.000Z',
      to: '2026-12-01T10:00:00.000Z',
      result: 'refused',
      page: 3,
      page_size: 20,
    });
  });

  it('drops what it cannot use, so the route never refuses the page’s own query', () => {
    expect(auditQueryFromUrl({ from: 'yesterday', result: 'maybe', page: '-1', page_size: '9999', user: '' })).toEqual({
      page: 1,
      page_size: AUDIT_PAGE_SIZE,
    });
  });
});

describe('datetime-local inputs', () => {
  it('go to ISO and back to the minute', () => {
    const iso = isoFromLocalInput('2026-12-01T19:56');
    expect(iso).toMatch(/^2026-12-0\dT\d\d:56:00\.000Z$/);
    expect(localInputFromIso(iso!)).toBe('2026-12-01T19:56');
    expect(isoFromLocalInput('')).toBeNull();
    expect(isoFromLocalInput('not a time')).toBeNull();
    expect(localInputFromIso(undefined)).toBe('');
  });
});
