import type { RouteTestNote } from '@/lib/api/exchanges';
import type { Translate } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';

const NOTE_KEYS: Record<RouteTestNote['code'], MessageKey> = {
  badDistributionHeader: 'route.note.badDistributionHeader',
  exchangeMissing: 'route.note.exchangeMissing',
  alternateMissing: 'route.note.alternateMissing',
  delayedRoutes: 'route.note.delayedRoutes',
  internal: 'route.note.internal',
  unpredictable: 'route.note.unpredictable',
  policyUnreadable: 'route.note.policyUnreadable',
  policyUnaddressable: 'route.note.policyUnaddressable',
  truncated: 'route.note.truncated',
};

/** A route test's note in the user's language; the default exchange ("") goes by its name in the UI. */
export function routeNoteText(t: Translate, note: RouteTestNote): string {
  const vars: Record<string, string | number> = { ...note.params };
  for (const param of ['name', 'exchange']) if (vars[param] === '') vars[param] = t('exchanges.defaultName');
  return t(NOTE_KEYS[note.code], vars);
}
