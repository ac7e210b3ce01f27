import { describe, expect, it } from 'vitest';
import { closeReasonSchema, decodeReasonHeader, DEFAULT_CLOSE_REASON, encodeReasonHeader } from './force-close-schema';

describe('closeReasonSchema', () => {
  it('trims, and falls back to the default for an empty reason', () => {
    expect(closeReasonSchema.parse('  maintenance  ')).toBe('maintenance');
    expect(closeReasonSchema.parse('   ')).toBe(DEFAULT_CLOSE_REASON);
  });

  it('counts bytes, not characters: the close frame holds 255 bytes with the broker prefix', () => {
    expect(closeReasonSchema.safeParse('维'.repeat(66)).success).toBe(true); // 198 bytes
    expect(closeReasonSchema.safeParse('维'.repeat(67)).success).toBe(false); // 201 bytes
  });

  it('refuses control characters', () => {
    expect(closeReasonSchema.safeParse('line\nbreak').success).toBe(false);
  });
});

describe('X-Reason header encoding', () => {
  it('round-trips any Unicode text through a Latin-1-only header', () => {
    const reason = '服务维护 — back at 10:00 (100%)';
    const header = encodeReasonHeader(reason);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(decodeReasonHeader(header)).toBe(reason);
  });

  it('takes a plain header from a script as it is', () => {
    expect(decodeReasonHeader('100% done')).toBe('100% done');
    expect(decodeReasonHeader(null)).toBe('');
  });
});
