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

/** A streamed NDJSON answer whose lines the test pushes one at a time; an abort of the request errors it, as fetch does. */
export function streamedAnswer(signal?: AbortSignal | null) {
  let push: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({ start: (controller) => void (push = controller) });
  signal?.addEventListener('abort', () => push?.error(new DOMException('The operation was aborted.', 'AbortError')));
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'content-type': 'application/x-ndjson' } }),
    line: (value: unknown) => push!.enqueue(encoder.encode(`${JSON.stringify(value)}\n`)),
    close: () => push!.close(),
  };
}

/** Answers each request by the first handler whose pattern its URL matches (404 otherwise). */
export function answerBy(fetchMock: Mock<typeof fetch>, handlers: Array<[RegExp, (init?: RequestInit) => Response | Promise<Response>]>) {
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    const handler = handlers.find(([pattern]) => pattern.test(url));
    return handler ? handler[1](init) : jsonAnswer({ error: { code: 'NOT_FOUND', message: `no answer for ${url}` } }, 404);
  });
}
