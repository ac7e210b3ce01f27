import { cleanup, render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HealthFindings } from '@/lib/api/health';
import { evaluate } from '@/lib/health/evaluate';
import { vhostSituations } from '@/lib/health/rules/test-snapshot';
import { I18nProvider } from '@/lib/i18n/i18n';
import { SessionProvider } from '@/components/shell/session-context';
import { HealthNavBadge } from './health-badge';
import { HealthPage } from './health-page';

const url = vi.hoisted(() => ({ search: 'vhost=h10-rec' }));
vi.mock('next/navigation', () => ({
  useRouter: () => ({ refresh: () => undefined }),
  usePathname: () => '/health',
  useSearchParams: () => new URLSearchParams(url.search),
}));

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={client}>
      <I18nProvider locale="en">
        <SessionProvider value={{ username: 'warren-admin', tags: ['administrator'] }}>{children}</SessionProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}

const fetchMock = vi.fn<typeof fetch>();
const answer = (body: HealthFindings) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  url.search = 'vhost=h10-rec';
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** What the route answers for the recorded vhost of the rules' tests. */
function recorded(): HealthFindings {
  const { findings, limits } = evaluate(vhostSituations());
  return { findings, checkedAt: Date.UTC(2026, 11, 1, 20, 6, 30), limits: [{ key: 'health.limit.churnVhost' }, ...limits] };
}

describe('HealthPage and HealthNavBadge', () => {
  it('group the findings by severity in one table, link their objects, and count them in the badge from one request', async () => {
    fetchMock.mockResolvedValue(answer(recorded()));
    render(
      <>
        <HealthNavBadge />
        <HealthPage />
      </>,
      { wrapper },
    );
    const table = await screen.findByRole('table', { name: 'Findings' });
    const groups = within(table).getAllByRole('rowgroup').slice(1);
    expect(groups.map((g) => within(g).getAllByRole('rowheader')[0]!.textContent)).toEqual(['Critical (1)', 'Warning (17)', 'Info (5)']);

    const full = within(table).getByRole('row', { name: /capped-full is at 100 % of its max-length \(5 of 5 messages\)/ });
    expect(within(full).getByRole('link', { name: 'capped-full' }).getAttribute('href')).toBe('/queues/h10-rec/capped-full');
    expect(full.textContent).toContain('refuses new publishes');
    expect(within(full).getByRole('cell', { name: /^before / })).toBeTruthy();

    const orders = within(table).getByRole('row', { name: /Queue orders has 5 ready messages and no consumer/ });
    expect(within(orders).getByText('Not known')).toBeTruthy();
    const dlq = within(table).getByRole('row', { name: /Dead-letter queue work.dlq holds 3 messages/ });
    expect(within(dlq).getByRole('link', { name: 'dlx' }).getAttribute('href')).toBe('/exchanges/h10-rec/dlx');

    expect(screen.getByRole('heading', { name: 'Not checked' })).toBeTruthy();
    expect(screen.getByText(/the broker counts it for the whole cluster only/)).toBeTruthy();

    // Warnings and the critical finding, not the notes.
    expect(screen.getByTestId('health-nav-badge').textContent).toBe('1818 findings, 1 critical');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/health/findings?vhost=h10-rec&window=600');
  });

  it('says when nothing was found, and the badge shows nothing', async () => {
    url.search = '';
    fetchMock.mockResolvedValue(answer({ findings: [], checkedAt: 0, limits: [] }));
    render(
      <>
        <HealthNavBadge />
        <HealthPage />
      </>,
      { wrapper },
    );
    expect(await screen.findByText('No findings')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByTestId('health-nav-badge')).toBeNull();
    expect(screen.getByText('All virtual hosts')).toBeTruthy();
  });

  it('translates a limit that names a rule', async () => {
    fetchMock.mockResolvedValue(
      answer({ findings: [], checkedAt: 0, limits: [{ key: 'health.limit.ruleCapped', vars: { count: 3 }, terms: { rule: 'health.rule.noConsumers' } }] }),
    );
    render(<HealthPage />, { wrapper });
    expect(await screen.findByText('Queues without consumers: 3 more findings are not listed.')).toBeTruthy();
  });
});
