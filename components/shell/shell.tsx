'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { useLogoutMutation } from '@/lib/queries/auth/logout-mutation';
import { useIdlePrefetch } from '@/lib/queries/idle-prefetch';
import { overviewQueryOptions } from '@/lib/queries/overview/overview-query';
import { usePolledQuery } from '@/lib/queries/use-polled-query';
import type { Overview } from '@/lib/api/overview';
import { overviewKeys } from '@/lib/queries/overview/keys';
import { fetchVhosts, useVhostsQuery } from '@/lib/queries/overview/vhosts-query';
import { getQueryClient } from '@/lib/queries/query-client';
import { DEFAULT_REFRESH_SECONDS, isRefreshSeconds, REFRESH_CHOICES } from '@/lib/queries/polling';
import { HealthNavBadge } from '@/components/health/health-badge';
import { canMonitor, canSeeAdmin } from '@/lib/tags';
import { recall, REMEMBERED_PARAMS, useRefreshSeconds, useUrlParams, useVhost } from '@/lib/url-state';
import { cn } from '@/lib/utils';
import { BrokerBanner } from './broker-banner';
import { PreferenceSwitches } from './preference-switches';
import { SessionProvider } from './session-context';
import { useVhostFallback } from './use-vhost-fallback';

const NAV: Array<{ href: string; label: MessageKey; visible?: (tags: string[]) => boolean }> = [
  { href: '/', label: 'nav.overview' },
  { href: '/connections', label: 'nav.connections' },
  { href: '/channels', label: 'nav.channels' },
  { href: '/exchanges', label: 'nav.exchanges' },
  { href: '/queues', label: 'nav.queues' },
  { href: '/publish', label: 'nav.publish' },
  { href: '/nodes', label: 'nodes.title', visible: canMonitor },
  { href: '/health', label: 'health.title' },
  { href: '/admin', label: 'nav.admin', visible: canSeeAdmin },
];

export function Shell({ username, tags, children }: { username: string; tags: string[]; children: ReactNode }) {
  const t = useT();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [vhost, setVhost] = useVhost();
  const [refresh, setRefresh] = useRefreshSeconds();
  const { set } = useUrlParams();
  // Only what the header shows: a refresh that changes nothing of it renders nothing here.
  const overview = usePolledQuery({ ...overviewQueryOptions(), select: clusterFacts }, refresh);
  const vhosts = useVhostsQuery(refresh);
  const logout = useLogoutMutation();

  useRememberedParams(set);

  useVhostFallback(vhost, vhosts.data, setVhost, fetchFreshVhosts);

  // Nav links keep the vhost and refresh choice; list-specific state stays with its page.
  const carried = new URLSearchParams();
  for (const key of ['vhost', 'refresh']) {
    const value = searchParams.get(key);
    if (value !== null) carried.set(key, value);
  }
  const suffix = carried.toString() ? `?${carried}` : '';
  const navItems = NAV.filter((item) => !item.visible || item.visible(tags));
  // The pages of the navigation and their lists, fetched ahead once the browser is idle.
  useIdlePrefetch(
    vhost,
    refresh,
    pathname,
    navItems.filter((item) => item.href !== pathname).map((item) => `${item.href}${suffix}`),
  );

  return (
    <SessionProvider value={{ username, tags }}>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        {t('shell.skipToContent')}
      </a>
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
          <Link prefetch={false} href={`/${suffix}`} className="flex items-baseline gap-2">
            <span className="text-lg font-bold text-orange-600">{t('app.name')}</span>
            <span className="text-xs text-zinc-500">{t('app.tagline')}</span>
          </Link>
          <dl className="flex flex-wrap gap-x-4 text-xs text-zinc-600 dark:text-zinc-400">
            <div className="flex gap-1">
              <dt>{t('shell.cluster')}:</dt>
              <dd className="font-medium text-zinc-900 dark:text-zinc-100">{overview.data?.cluster_name ?? '…'}</dd>
            </div>
            {overview.data ? (
              <div>
                <dd>{t('shell.version', { rabbit: overview.data.rabbitmq_version, erlang: overview.data.erlang_version })}</dd>
              </div>
            ) : null}
            <div className="flex gap-1">
              <dt>{t('shell.user')}:</dt>
              <dd className="font-medium text-zinc-900 dark:text-zinc-100" data-testid="current-user">
                {username}
              </dd>
            </div>
          </dl>
          <div className="ml-auto flex flex-wrap items-center gap-3">
            <label className="inline-flex items-center gap-1 text-sm">
              {t('shell.vhost')}
              <select
                className={cn(inputClass, 'h-8 w-auto max-w-48')}
                value={vhost ?? ''}
                onChange={(event) => setVhost(event.target.value === '' ? null : event.target.value)}
              >
                <option value="">{t('shell.vhostAll')}</option>
                {vhost && !vhosts.data?.some((v) => v.name === vhost) ? <option value={vhost}>{vhost}</option> : null}
                {vhosts.data?.map((v) => (
                  <option key={v.name} value={v.name}>
                    {v.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-flex items-center gap-1 text-sm">
              {t('shell.refresh')}
              <select
                className={cn(inputClass, 'h-8 w-auto')}
                value={refresh}
                onChange={(event) => {
                  const seconds = Number(event.target.value);
                  if (isRefreshSeconds(seconds)) setRefresh(seconds);
                }}
              >
                {REFRESH_CHOICES.map((seconds) => (
                  <option key={seconds} value={seconds}>
                    {seconds ? t('shell.refreshEvery', { seconds }) : t('shell.refreshOff')}
                  </option>
                ))}
              </select>
            </label>
            <RefreshNowButton />
            <PreferenceSwitches />
            <Button variant="ghost" size="sm" onClick={() => logout.mutate()} disabled={logout.isPending}>
              {t('shell.logout')}
            </Button>
          </div>
        </div>
        <nav aria-label={t('nav.main')} className="mx-auto max-w-screen-2xl px-4">
          <ul className="flex gap-1 overflow-x-auto">
            {navItems.map((item) => {
              const active = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
              return (
                <li key={item.href}>
                  {/* Prefetched when the browser is idle (useIdlePrefetch), not as soon as the
                      link shows: the page's own data comes first. */}
                  <Link
                    prefetch={false}
                    href={`${item.href}${suffix}`}
                    aria-current={active ? 'page' : undefined}
                    className={cn(
                      'inline-block border-b-2 px-3 py-2 text-sm font-medium',
                      active
                        ? 'border-orange-600 text-orange-700 dark:text-orange-400'
                        : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white',
                    )}
                  >
                    {t(item.label)}
                    {item.href === '/health' ? <HealthNavBadge /> : null}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <BrokerBanner vhost={vhost ?? vhosts.data?.[0]?.name ?? null} refreshSeconds={refresh} />
      <main id="main" className="mx-auto max-w-screen-2xl px-4 py-4">
        {children}
      </main>
    </SessionProvider>
  );
}

const fetchFreshVhosts = async () => {
  const fresh = await fetchVhosts({ fresh: true });
  getQueryClient().setQueryData(overviewKeys.vhosts(), fresh);
  return fresh;
};

/** On first load without vhost/refresh in the URL, bring back the user's last choice. */
function useRememberedParams(set: ReturnType<typeof useUrlParams>['set']) {
  const searchParams = useSearchParams();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    const updates: Record<string, string> = {};
    const vhost = recall(REMEMBERED_PARAMS.vhost);
    if (!searchParams.has('vhost') && vhost) updates.vhost = vhost;
    const refresh = recall(REMEMBERED_PARAMS.refresh);
    if (!searchParams.has('refresh') && refresh && Number(refresh) !== DEFAULT_REFRESH_SECONDS && isRefreshSeconds(Number(refresh))) {
      updates.refresh = refresh;
    }
    if (!Object.keys(updates).length) {
      done.current = true;
      return;
    }
    // After the hydration commit: a router.replace from a mount effect during hydration changes
    // the address bar but not the rendered search params (seen with the production build).
    const timer = setTimeout(() => {
      done.current = true;
      set(updates);
    }, 0);
    return () => clearTimeout(timer);
  }, [searchParams, set]);
}

const clusterFacts = (overview: Overview) => ({
  cluster_name: overview.cluster_name,
  rabbitmq_version: overview.rabbitmq_version,
  erlang_version: overview.erlang_version,
});

/** "Refresh now", busy while anything loads: its own component, so that each fetch renders only the button. */
function RefreshNowButton() {
  const t = useT();
  const queryClient = useQueryClient();
  const fetching = useIsFetching();
  return (
    <Button variant="outline" size="sm" onClick={() => void queryClient.invalidateQueries()} aria-busy={fetching > 0}>
      {t('shell.refreshNow')}
    </Button>
  );
}
