import { cleanup } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, vi, type Mock } from 'vitest';
import { SessionProvider } from '@/components/shell/session-context';
import { I18nProvider } from '@/lib/i18n/i18n';

// For the Admin components' tests: English text, a fresh query client and a logged-in user of
// the given tags per render, and a global fetch to answer requests. Tests mock next/navigation
// themselves (vi.mock is hoisted per file).

export function wrapperFor(tags: string[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={client}>
        <I18nProvider locale="en">
          <SessionProvider value={{ username: 'someone', tags }}>{children}</SessionProvider>
        </I18nProvider>
      </QueryClientProvider>
    );
  };
}

export function mockFetch(): Mock<typeof fetch> {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  return fetchMock;
}

export const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
