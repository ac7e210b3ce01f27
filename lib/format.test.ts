import { describe, expect, it } from 'vitest';
import { format } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/i18n';
import { formatBytes, formatCount, formatDuration, formatRate } from './format';

describe('formatBytes', () => {
  it('uses binary units like the management UI', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.50 KiB');
    expect(formatBytes(52 * 1024 * 1024)).toBe('52.0 MiB');
    expect(formatBytes(undefined)).toBe('—');
  });
});

describe('formatRate', () => {
  it('keeps a trickle visible and rounds large rates', () => {
    expect(formatRate(0)).toBe('0.00');
    expect(formatRate(0.2)).toBe('0.20');
    expect(formatRate(42.26)).toBe('42.3');
    expect(formatRate(16_500.4)).toBe('16,500');
    expect(formatRate(undefined)).toBe('—');
  });
});

describe('formatDuration', () => {
  const en: Translate = (key, vars) => format('en', key, vars);
  const zh: Translate = (key, vars) => format('zh', key, vars);
  it('reads like an uptime', () => {
    expect(formatDuration(42_000, en)).toBe('42s');
    expect(formatDuration(5 * 60_000 + 3_000, en)).toBe('5m 3s');
    expect(formatDuration((26 * 3600 + 60) * 1000, en)).toBe('1d 2h');
    expect(formatDuration((26 * 3600 + 60) * 1000, zh)).toBe('1 天 2 小时');
    expect(formatDuration(-1, en)).toBe('—');
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(10000)).toBe('10,000');
    expect(formatCount(null)).toBe('—');
  });

  it('builds one number format per locale, not one per number (a page formats hundreds)', () => {
    const Original = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        built++;
      }
    } as typeof Intl.NumberFormat;
    try {
      for (let i = 0; i < 300; i++) formatCount(i * 1000, i % 2 ? 'zh' : 'en');
      expect(built).toBeLessThanOrEqual(2);
      expect(formatCount(1234567, 'zh')).toBe('1,234,567');
    } finally {
      Intl.NumberFormat = Original;
    }
  });
});
