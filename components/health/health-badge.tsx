'use client';

import { countsForBadge } from '@/lib/api/health';
import { useT } from '@/lib/i18n/i18n';
import { BADGE_MIN_REFRESH_SECONDS, useHealthFindingsQuery } from '@/lib/queries/health/findings-query';
import { useRefreshSeconds, useVhost } from '@/lib/url-state';
import { cn } from '@/lib/utils';

/**
 * The number of findings that need attention (critical and warning) for the navigation's Health
 * link, nothing when there are none or while they are not known. It shares the Health page's
 * query (same key): on that page it shows the page's own answers; elsewhere it asks at most
 * every BADGE_MIN_REFRESH_SECONDS, and never while the refresh is off.
 */
export function HealthNavBadge({ className }: { className?: string }) {
  const t = useT();
  const [vhost] = useVhost();
  const [refresh] = useRefreshSeconds();
  const query = useHealthFindingsQuery(vhost, refresh === 0 ? 0 : Math.max(refresh, BADGE_MIN_REFRESH_SECONDS));
  if (!query.data) return null;
  const { count, critical } = countsForBadge(query.data.findings);
  if (count === 0) return null;
  const label = critical ? t('health.badge.labelCritical', { count, critical }) : t('health.badge.label', { count });
  return (
    <span
      data-testid="health-nav-badge"
      title={label}
      className={cn(
        'ml-1 inline-flex min-w-5 items-center justify-center rounded-full px-1.5 text-xs font-semibold tabular-nums',
        critical ? 'bg-red-600 text-white' : 'bg-amber-400 text-amber-950',
        className,
      )}
    >
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
