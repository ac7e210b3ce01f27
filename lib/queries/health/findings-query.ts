import { queryOptions } from '@tanstack/react-query';
import { HEALTH_WINDOW_DEFAULT_SECONDS, type HealthFindings } from '@/lib/api/health';
import { apiFetch, queryString } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { healthKeys } from './keys';

/** At most this often for the navigation badge alone: each check asks the broker for several lists. */
export const BADGE_MIN_REFRESH_SECONDS = 30;

export const fetchHealthFindings = (vhost: string | null, windowSeconds = HEALTH_WINDOW_DEFAULT_SECONDS) =>
  apiFetch<HealthFindings>(`/api/health/findings${queryString({ vhost, window: windowSeconds })}`);

export const healthFindingsQueryOptions = (vhost: string | null, windowSeconds = HEALTH_WINDOW_DEFAULT_SECONDS) =>
  queryOptions({ queryKey: healthKeys.findings(vhost, windowSeconds), queryFn: () => fetchHealthFindings(vhost, windowSeconds) });

/**
 * The findings for the selected vhost (null: all the user may see), polled every
 * `refreshSeconds`. The page polls at the shell's interval; the badge passes a longer one and
 * shares the page's answers, since both use the same key.
 */
export function useHealthFindingsQuery(vhost: string | null, refreshSeconds: number) {
  return usePolledQuery(healthFindingsQueryOptions(vhost), refreshSeconds);
}
