import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps same-site paths with their query and hash', () => {
    expect(safeNextPath('/queues?vhost=%2F&page=2')).toBe('/queues?vhost=%2F&page=2');
    expect(safeNextPath('/queues/%2F/a%2Fb#bindings')).toBe('/queues/%2F/a%2Fb#bindings');
  });

  it('refuses open redirects and loops', () => {
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('/login?next=/')).toBe('/');
    expect(safeNextPath('/api/queues')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });

  // Regression: "/<tab>/evil.example" passed the old prefix checks; the URL parser strips the tab
  // and the browser went to //evil.example.
  it('refuses paths that become another origin once tabs and newlines are dropped', () => {
    expect(safeNextPath('/\t/evil.example')).toBe('/');
    expect(safeNextPath('/\n/evil.example')).toBe('/');
    expect(safeNextPath('/\r\n/evil.example/x?y')).toBe('/');
    expect(safeNextPath('/\t\\evil.example')).toBe('/');
    expect(safeNextPath('/./\t/login')).toBe('/');
  });

  it('whatever it is given, what it returns resolves to a page of Warren’s own', () => {
    const self = 'https://warren.example';
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('/', '//', '/\\', '/\t/', '\t', '/%09/').chain((p) => fc.string().map((s) => p + s))), (next) => {
        const path = safeNextPath(next);
        expect(path.startsWith('/')).toBe(true);
        // The browser resolves it against Warren's origin: it must stay there.
        const resolved = new URL(path, self);
        expect(resolved.origin).toBe(self);
        expect(resolved.pathname.startsWith('/api/')).toBe(false);
        // Resolving it again changes nothing: what was checked is what the browser gets.
        expect(resolved.pathname + resolved.search + resolved.hash).toBe(path);
      }),
      { numRuns: 3000 },
    );
  });
});
