import { cleanup } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, vi, type Mock } from 'vitest';
import { I18nProvider } from '@/lib/i18n/i18n';

// For the message components' tests: a fresh query client and the English catalogue per render,
// and a global fetch to answer requests. Tests call vi.mock('next/navigation') themselves
// (vi.mock is hoisted per test file).

export function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return (
    <QueryClientProvider client={client}>
      <I18nProvider locale="en">{children}</I18nProvider>
    </QueryClientProvider>
  );
}

/** Stubs fetch for each test of the file that calls it, and puts it back after. */
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

export const jsonAnswer = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
