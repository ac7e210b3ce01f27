import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import table from './api/route-table.json';
import { apiPrecheck, matchRoute, requestTargetProblem } from './request-line.mjs';

// Regressions from the route fuzz suite: these reached Next.js's router and came back as a bare
// 500, an HTML 404, an empty 405, or a 308 to another path with the same method.
describe('request targets Warren refuses before routing', () => {
  it('names the path segment that is not valid UTF-8 or not valid percent-encoding', () => {
    expect(requestTargetProblem('/api/connections/%ED%A0%80')).toBe('The path segment 3 is not valid UTF-8');
    expect(requestTargetProblem('/api/queues/x/%ED%A0%80/contents')).toBe('The path segment 4 is not valid UTF-8');
    expect(requestTargetProblem('/api/exchanges/%23/%C3%28')).toBe('The path segment 4 is not valid UTF-8');
    expect(requestTargetProblem('/api/queues/%zz/q')).toMatch(/^The path segment 3 is not valid percent-encoding/);
    expect(requestTargetProblem('/api/queues/x/%')).toMatch(/^The path segment 4 is not valid percent-encoding/);
  });

  it('refuses dot segments in any encoding', () => {
    for (const dots of ['.', '..', '%2e', '%2E%2E', '%2e.']) {
      expect(requestTargetProblem(`/api/queues/v/${dots}/contents`), dots).toMatch(/^The path segment 4 is "\.\.?", a step to another path/);
    }
    expect(requestTargetProblem('/api/queues/v/~./contents')).toBeNull();
    expect(requestTargetProblem('/api/queues/v/...')).toBeNull();
  });

  it('names the query parameter whose value cannot be read', () => {
    expect(requestTargetProblem('/api/queues?name=%ED%A0%80')).toBe('The query parameter "name" is not valid UTF-8');
    expect(requestTargetProblem('/api/queues?page=1&name=%zz')).toMatch(/^The query parameter "name" is not valid percent-encoding/);
    expect(requestTargetProblem('/api/queues?%FF=1')).toBe('A query parameter name is not valid UTF-8');
    expect(requestTargetProblem('/api/queues?name=a+b&&x')).toBeNull();
  });

  it('accepts every target made of encoded names', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).filter((s) => s !== '.' && s !== '..'), { maxLength: 5 }), fc.string(), (names, value) => {
        expect(requestTargetProblem(`/api/${names.map(encodeURIComponent).join('/')}?name=${encodeURIComponent(value)}`)).toBeNull();
      }),
    );
  });
});

describe('unknown API paths and methods', () => {
  it('matches routes as Next.js does: static segments first', () => {
    expect(matchRoute(table, ['queues', 'actions'])?.pattern).toBe('/api/queues/actions');
    expect(matchRoute(table, ['queues', 'v', 'q'])?.pattern).toBe('/api/queues/[vhost]/[name]');
    expect(matchRoute(table, ['queues', 'v'])).toBeNull();
  });

  it('answers 404 for a path no route has and 405 with Allow for a method the route lacks', () => {
    expect(apiPrecheck(table, 'GET', '/api/nope')).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'No such API route: /api/nope' });
    expect(apiPrecheck(table, 'POST', '/api/overview')).toEqual({
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      message: 'POST is not supported on /api/overview; it takes GET, HEAD, OPTIONS',
      allow: 'GET, HEAD, OPTIONS',
    });
    expect(apiPrecheck(table, 'DELETE', '/api/queues/%2F/q')).toBeNull();
    expect(apiPrecheck(table, 'HEAD', '/api/overview')).toBeNull();
  });
});
