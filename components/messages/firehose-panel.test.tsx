import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '@/components/shell/session-context';
import { installFakeEventSource } from './fake-event-source';
import { FirehosePanel } from './firehose-panel';
import { mockFetch, wrapper } from './test-support';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

mockFetch();
const lastSource = installFakeEventSource();

const as = (tags: string[]) =>
  function Wrapper({ children }: { children: ReactNode }) {
    return wrapper({ children: <SessionProvider value={{ username: 'someone', tags }}>{children}</SessionProvider> });
  };

describe('FirehosePanel', { timeout: 15_000 }, () => {
  it('is not there for users who are not administrators', () => {
    const { container } = render(<FirehosePanel vhost="team-a" queue="orders" />, { wrapper: as(['management', 'policymaker']) });
    expect(container.textContent).toBe('');
  });

  it('says what it costs, then streams the chosen events and stops', async () => {
    render(<FirehosePanel vhost="shop" queue="orders" />, { wrapper: as(['administrator']) });
    const warning = screen.getByRole('alert');
    expect(warning.textContent).toContain('copies every message published or delivered anywhere in the virtual host to amq.rabbitmq.trace');
    expect(warning.textContent).toContain('Warren turns tracing off again when the last firehose tail of shop ends.');
    expect(screen.getByText(/A queue cannot be tailed by copying its bindings/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Events'), { target: { value: 'publish' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start firehose' }));
    const source = lastSource();
    expect(source.url).toBe('/api/queues/shop/orders/firehose?events=publish');
    act(() => source.emit('start', { queue: 'warren.tail.admin.1' }));
    expect(await screen.findByText('Temporary queue warren.tail.admin.1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(source.closed).toBe(true);
  });
});
