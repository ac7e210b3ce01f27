import type { Locale } from './define';

// Plural forms in the catalogue, in ICU's syntax: "{count, plural, one {# queue} other {# queues}}".
// The language's own rules come from Intl.PluralRules (English: one / other; Chinese: other
// only); "#" is the number, formatted for the language. Plain "{name}" placeholders are filled after.

const PLURAL = /\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g;
const CASE = /(\w+) \{([^{}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

const rules = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) rules.set(locale, (found = new Intl.PluralRules(locale === 'zh' ? 'zh-CN' : 'en')));
  return found;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function numberFormat(locale: Locale): Intl.NumberFormat {
  let found = numberFormats.get(locale);
  if (!found) numberFormats.set(locale, (found = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US')));
  return found;
}

/** The plural blocks of a template: the variable each one counts and the categories it has. */
export function pluralBlocks(template: string): Array<{ name: string; categories: string[] }> {
  return [...template.matchAll(PLURAL)].map((match) => ({
    name: match[1]!,
    categories: [...match[2]!.matchAll(CASE)].map((c) => c[1]!),
  }));
}

/** The template without its plural blocks (what is left has only plain placeholders). */
export function withoutPlurals(template: string): string {
  return template.replace(PLURAL, (_match, name: string) => `{${name}}`);
}

/** Fills a template's plural blocks and placeholders. A count that is not a number takes "other". */
export function fill(locale: Locale, template: string, vars: Record<string, string | number>): string {
  const counted = template.replace(PLURAL, (match, name: string, cases: string) => {
    const value = vars[name];
    const options = Object.fromEntries([...cases.matchAll(CASE)].map((c) => [c[1]!, c[2]!]));
    const category = typeof value === 'number' ? pluralRules(locale).select(value) : 'other';
    const chosen = options[category] ?? options.other;
    const number = typeof value === 'number' ? numberFormat(locale).format(value) : String(value ?? '');
    return chosen === undefined ? match : chosen.replace(/#/g, number);
  });
  return counted.replace(PLACEHOLDER, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
