export type Locale = 'en' | 'zh';
export const LOCALES: readonly Locale[] = ['en', 'zh'];
export const LOCALE_COOKIE = 'warren_locale';

/** Each language in its own words, whatever the UI's language (so that a user can find theirs). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', zh: '简体中文' };

/** A feature's messages: Simplified Chinese must have exactly the English keys. */
export function defineMessages<const E extends Record<string, string>>(en: E, zh: { [K in keyof E]: string }) {
  return { en, zh };
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'zh';
}

/** The page's language as the server rendered it (<html lang>), for code outside React; English elsewhere. */
export function documentLocale(): Locale {
  return typeof document !== 'undefined' && document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
}
