import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry, AuditPage as AuditPageData } from '@/lib/api/audit';
import { I18nProvider } from '@/lib/i18n/i18n';
import { AuditPage } from './audit-page';

// The page reads its filters from the URL, as Next.js gives it.
vi.mock('next/navigation', () => ({
  useRouter: () => ({ refresh: () => undefined }),
  usePathname: () => '/admin/audit',
  useSearchParams: () => new URLSearchParams(window.location.search),
}));

const fetchMock = vi.fn<typeof fetch>();
let client: QueryClient;
beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  window.history.replaceState(null, '', '/admin/audit?result=refused');
});
afterEach(() => {
  cleanup();
  client.clear();
  vi.unstubAllGlobals();
});
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={client}>
    <I18nProvider locale="en">{children}</I18nProvider>
  </QueryClientProvider>
);

const markup = '<img src=x onerror=alert(1)>';
const entry: AuditEntry = {
  time: '2026-12-01T10:00:00.000Z',
  user: 'warren-team-a',
  address: '127.0.0.1',
  method: 'PUT',
  route: '/api/vhosts/[vhost]',
  path: `/api/vhosts/${encodeURIComponent(markup)}`,
  object: { vhost: markup },
  request: { description: 'x'.repeat(100), tags: ['a'] },
  result: 'refused',
  status: 403,
  error: { code: 'ACCESS_REFUSED', message: 'Not administrator user' },
  instance: 'host:1',
};
const page: AuditPageData = { items: [entry], page: 1, page_size: 50, total: 1, file: '/var/log/warren/audit.jsonl', partial: false };

describe('AuditPage', () => {
  it('shows each change with its local time (ISO in the title), object, essentials and result, and says which file', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify(page), { headers: { 'content-type': 'application/json' } }));
    render(<AuditPage />, { wrapper });

    const table = screen.getByRole('table', { name: 'Changes' });
    const row = (await within(table).findByText('refused (403)')).closest('tr')!;
    expect(row.querySelector('time')?.getAttribute('title')).toBe(entry.time);
    expect(within(row).getByText(markup)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(within(row).getByText('refused (403)')).toBeTruthy();
    expect(within(row).getByText('ACCESS_REFUSED: Not administrator user')).toBeTruthy();
    // Long essentials show their start; the whole request is one click away.
    expect(row.querySelector('details pre')?.textContent).toContain('"tags"');
    expect(screen.getByText('This Warren instance writes its log to /var/log/warren/audit.jsonl.')).toBeTruthy();
    expect(screen.getByText(/Each Warren instance has its own log/)).toBeTruthy();

    // The URL's filter reached the route; a new one goes to the URL and the route together.
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/admin/audit?page=1&page_size=50&result=refused');
    expect((screen.getByLabelText('Result') as HTMLSelectElement).value).toBe('refused');
    fireEvent.change(screen.getByLabelText('User'), { target: { value: ' warren-team-a ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(window.location.search).toBe('?result=refused&user=warren-team-a'));
    expect(fetchMock.mock.calls.some(([url]) => String(url) === '/api/admin/audit?page=1&page_size=50&user=warren-team-a&result=refused')).toBe(true);
  });
});
