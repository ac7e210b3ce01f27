import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SessionProvider } from '@/components/shell/session-context';
import { I18nProvider } from '@/lib/i18n/i18n';

// For the nodes components' tests: a fresh query client, the English catalogue and a logged-in
// user with the given tags. Tests mock next/navigation themselves (vi.mock is hoisted per file);
// fetch is stubbed with mockFetch from ../messages/test-support.

export function nodesWrapper(tags: string[] = ['monitoring'], client = testQueryClient()) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={client}>
        <I18nProvider locale="en">
          <SessionProvider value={{ username: 'warren-monitor', tags }}>{children}</SessionProvider>
        </I18nProvider>
      </QueryClientProvider>
    );
  };
}

export const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** The path and query of each request made through the stubbed fetch. */
export const requestedUrls = (fetchMock: { mock: { calls: unknown[][] } }) => fetchMock.mock.calls.map((call) => String(call[0]));
