import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePolledQuery } from './use-polled-query';

afterEach(cleanup);

function Figures({ fetch, renders }: { fetch: () => Promise<string>; renders: string[] }) {
  const result = usePolledQuery({ queryKey: ['figures'], queryFn: fetch }, 5);
  renders.push(result.data ?? 'pending');
  return <p>{result.data ?? 'pending'}</p>;
}

const withClient = (client: QueryClient, children: ReactNode) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;

describe('usePolledQuery: a page opening on cached data', () => {
  it('shows cached data younger than one refresh interval as it is, without asking again', async () => {
    const client = new QueryClient();
    client.setQueryData(['figures'], 'cached', { updatedAt: Date.now() - 1_000 });
    const fetch = vi.fn(async () => 'fresh');
    const renders: string[] = [];
    render(withClient(client, <Figures fetch={fetch} renders={renders} />));
    expect(screen.getByText('cached')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetch).not.toHaveBeenCalled();
    expect(renders.every((value) => value === 'cached')).toBe(true);
  });

  // Regression guard for "rendered twice": older data would show for the moment the fetch takes.
  it('does not show cached data older than that: it fetches once and renders the answer', async () => {
    const client = new QueryClient();
    client.setQueryData(['figures'], 'an hour old', { updatedAt: Date.now() - 3_600_000 });
    const fetch = vi.fn(async () => 'fresh');
    const renders: string[] = [];
    render(withClient(client, <Figures fetch={fetch} renders={renders} />));
    await waitFor(() => expect(screen.getByText('fresh')).toBeTruthy());
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(renders).not.toContain('an hour old');
  });
});
