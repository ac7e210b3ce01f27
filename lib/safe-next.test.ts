import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNextPath('/queues?vhost=%2F&page=2')).toBe('/queues?vhost=%2F&page=2');
  });
  it('refuses open redirects and loops', () => {
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('/login?next=/')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
