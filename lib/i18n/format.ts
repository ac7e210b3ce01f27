import type { Locale } from './define';
import { catalogue, type MessageKey } from './messages';
import { fill } from './plural';

/**
 * A message of the catalogue in a language, its placeholders and plural blocks filled: what
 * t() returns in client components (lib/i18n/i18n.tsx) and in server components (server.ts).
 */
export function format(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = catalogue[locale][key] ?? catalogue.en[key] ?? key;
  if (!vars) return template;
  return fill(locale, template, vars);
}
