import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSegment, encodeSegment, exchangeFromSegment, exchangeSegment, isDotSegment } from './segments';

// What a browser or Node's fetch does to a path: resolve its dot segments (WHATWG URL).
const resolved = (path: string) => new URL(path, 'http://warren.invalid').pathname;

describe('Warren path segments', () => {
  it('escapes exactly the names a URL parser would read as path steps', () => {
    expect(encodeSegment('.')).toBe('~.');
    expect(encodeSegment('..')).toBe('~..');
    expect(encodeSegment('~.')).toBe('~~.');
    expect(encodeSegment('~')).toBe('~');
    expect(encodeSegment('...')).toBe('...');
    expect(encodeSegment('/')).toBe('%2F');
    expect(encodeSegment('a/b?c#d %')).toBe('a%2Fb%3Fc%23d%20%25');
    expect(isDotSegment('.')).toBe(true);
    expect(isDotSegment('..')).toBe(true);
    expect(isDotSegment('...')).toBe(false);
  });

  // Regression: purging queue "." in vhost v became DELETE /api/queues/v/contents.
  it('keeps a path to queue "." pointing at queue "."', () => {
    expect(resolved(`/api/queues/v/${encodeURIComponent('.')}/contents`)).toBe('/api/queues/v/contents');
    expect(resolved(`/api/queues/v/${encodeSegment('.')}/contents`)).toBe('/api/queues/v/~./contents');
  });

  it('decodes every encoded name back to itself, and no URL parser changes the path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('.', '..', '~.', '~~..', '~', ''), fc.stringMatching(/^~*\.{0,3}$/)), (name) => {
        const segment = encodeSegment(name);
        const path = `/queues/v/${segment}/x`;
        expect(resolved(path)).toBe(path);
        expect(decodeSegment(decodeURIComponent(segment))).toBe(name);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the default exchange the official UI’s address, which no real exchange can have', () => {
    expect(exchangeSegment('')).toBe('amq.default');
    expect(exchangeFromSegment('amq.default')).toBe('');
    expect(exchangeFromSegment('(AMQP default)')).toBe('(AMQP default)');
  });
});
