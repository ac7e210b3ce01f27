import { formatCount } from '@/lib/format';
import type { Locale } from '@/lib/i18n/define';
import type { Translate } from '@/lib/i18n/i18n';

/**
 * "All queues (N)" or, while a name filter is active, "All queues (N, filtered down to M)" —
 * even when M equals N, so the heading always says a filter is on.
 */
export function listHeading(
  t: Translate,
  locale: Locale,
  title: string,
  page: { total_count: number; filtered_count: number } | undefined,
  filterActive: boolean,
): string {
  if (!page) return title;
  const total = formatCount(page.total_count, locale);
  if (!filterActive && page.filtered_count === page.total_count) return t('list.heading', { title, total });
  return t('list.headingFiltered', { title, total, filtered: formatCount(page.filtered_count, locale) });
}
