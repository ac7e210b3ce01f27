import { describe, expect, it } from 'vitest';
import { catalogue } from './messages';
import { pluralBlocks, withoutPlurals } from './plural';

describe('message catalogue', () => {
  it('has a Simplified Chinese text for every English key, and no extra ones', () => {
    const en = Object.keys(catalogue.en).sort();
    const zh = Object.keys(catalogue.zh).sort();
    expect(zh).toEqual(en);
    for (const key of zh) expect(catalogue.zh[key as keyof typeof catalogue.zh].trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(catalogue.en) as Array<keyof typeof catalogue.en>) {
      const names = (text: string) => [...new Set([...withoutPlurals(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
      expect(names(catalogue.zh[key]), key).toEqual(names(catalogue.en[key]));
    }
  });

  it('gives every plural block an "other" form, and English a "one" form', () => {
    for (const locale of ['en', 'zh'] as const) {
      for (const [key, text] of Object.entries(catalogue[locale])) {
        for (const block of pluralBlocks(text)) {
          expect(block.categories, `${locale} ${key}`).toContain('other');
          if (locale === 'en') expect(block.categories, `${locale} ${key}`).toContain('one');
        }
        // A brace left over means a plural block that did not parse.
        expect(withoutPlurals(text).replace(/\{\w+\}/g, ''), `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });
});
