export type Locale = 'en' | 'zh';
export const LOCALES: readonly Locale[] = ['en', 'zh'];
export const LOCALE_COOKIE = 'warren_locale';

/** A feature's messages: Simplified Chinese must have exactly the English keys. */
export function defineMessages<const E extends Record<string, string>>(en: E, zh: { [K in keyof E]: string }) {
  return { en, zh };
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'zh';
}
