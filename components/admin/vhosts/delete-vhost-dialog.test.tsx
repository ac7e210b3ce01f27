import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/lib/i18n/i18n';
import { DeleteVhostDialog } from './delete-vhost-dialog';

const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined, push }) }));

const fetchMock = vi.fn<typeof fetch>();
let client: QueryClient;
beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  fetchMock.mockReset();
  push.mockReset();
  vi.stubGlobal('fetch', fetchMock);
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
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const name = '<img src=x onerror=alert(1)>';

describe('DeleteVhostDialog', () => {
  it('says how many queues (one page of one queue, its total) and messages go, and deletes once the name is typed', async () => {
    fetchMock.mockImplementation(async (input) => {
      const url = String(input);
      if (url.startsWith('/api/queues?')) return json({ items: [], page: 1, page_size: 1, page_count: 3, item_count: 1, filtered_count: 3, total_count: 3 });
      return new Response(null, { status: 204 });
    });
    render(<DeleteVhostDialog name={name} vhost={{ name, messages: 7 }} open onOpenChange={() => undefined} />, { wrapper });

    expect(await screen.findByText('Its 3 queues and 7 messages will be deleted with it. This cannot be undone.')).toBeTruthy();
    const queueCall = new URL(String(fetchMock.mock.calls[0]![0]), 'http://x');
    expect(Object.fromEntries(queueCall.searchParams)).toEqual({ vhost: name, page: '1', page_size: '1' });
    // The name is text, not markup.
    expect(screen.getByRole('heading', { name: `Delete virtual host ${name}?` })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();

    const confirm = screen.getByRole('button', { name: 'Delete virtual host' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(`Type “${name}” to confirm`), { target: { value: name } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);

    await waitFor(() => expect(push).toHaveBeenCalledWith('/admin/vhosts'));
    const deletion = fetchMock.mock.calls.find(([, init]) => init?.method === 'DELETE')!;
    expect(deletion[0]).toBe(`/api/vhosts/${encodeURIComponent(name)}`);
  });

  it('still says what it knows when the queues cannot be counted, and shows a refusal in the dialog', async () => {
    fetchMock.mockImplementation(async (_input, init) =>
      init?.method === 'DELETE'
        ? json({ error: { code: 'ACCESS_REFUSED', message: 'Not administrator user' } }, 403)
        : json({ error: { code: 'BROKER_TIMEOUT', message: 'slow' } }, 504),
    );
    render(<DeleteVhostDialog name="v" vhost={{ name: 'v', messages: 1 }} open onOpenChange={() => undefined} />, { wrapper });
    expect(await screen.findByText('Its queues (they could not be counted) and 1 message will be deleted with it. This cannot be undone.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Type “v” to confirm'), { target: { value: 'v' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete virtual host' }));
    expect(await screen.findByText('Not administrator user')).toBeTruthy();
    expect(push).not.toHaveBeenCalled();
  });
});
