import { cleanup } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { I18nProvider } from '@/lib/i18n/i18n';

// Shared by the publish component tests (publish-*.test.tsx): a fresh query client and a mocked
// global fetch for each test. Each test file mocks next/navigation itself (vi.mock is hoisted
// only in the file that calls it).

let client = new QueryClient();

/** Registers the per-test set-up; returns the fetch mock every request goes to. */
export function setUpPublishTests() {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    cleanup();
    client.clear();
    vi.unstubAllGlobals();
  });
  return fetchMock;
}

/** English text and the test's query client. */
export function wrapper({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <I18nProvider locale="en">{children}</I18nProvider>
    </QueryClientProvider>
  );
}
