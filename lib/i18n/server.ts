import 'server-only';
import { cookies, headers } from 'next/headers';
import { isLocale, LOCALE_COOKIE, type Locale } from './define';
import { format } from './format';
import type { Translate } from './i18n';

/** The user's language: the switch's cookie, else the browser's preference, else English. */
export async function requestLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const accept = (await headers()).get('accept-language') ?? '';
  return /^zh\b/i.test(accept.trim()) ? 'zh' : 'en';
}

/** useI18n() for server components (no context there): the request's language and its t(). */
export async function serverI18n(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await requestLocale();
  return { locale, t: (key, vars) => format(locale, key, vars) };
}
