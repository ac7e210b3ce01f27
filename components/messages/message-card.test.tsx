import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchedMessage } from '@/lib/api/messages';
import { toast } from '@/lib/toast';
import { MessageCard } from './message-card';
import { wrapper } from './test-support';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));
vi.mock('@/lib/toast', () => ({ toast: { success: vi.fn(), error: vi.fn(), info: vi.fn() } }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

const message: FetchedMessage = {
  position: 1,
  exchange: '',
  routing_key: 'orders',
  redelivered: true,
  message_count: 4,
  properties: { delivery_mode: 2, content_type: 'text/plain', timestamp: 0, expiration: '60000' },
  headers: {},
  payload: 'hello',
  payload_encoding: 'string',
  payload_bytes: 5,
  truncated: false,
  fingerprint: 'f'.repeat(43),
};

const detail = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('MessageCard', () => {
  it('shows where the message came from and its properties under their official names', () => {
    render(<MessageCard message={message} />, { wrapper });
    expect(detail('Exchange')).toBe('(AMQP default)');
    expect(detail('Routing key')).toBe('orders');
    expect(detail('Redelivered')).toBe('Yes');
    expect(detail('Messages left in the queue')).toBe('4');
    expect(detail('delivery_mode')).toBe('2 (persistent)');
    expect(detail('timestamp')).toBe('1970-01-01T00:00:00Z');
    expect(detail('expiration')).toBe('60000 ms');
    expect(screen.queryByText('priority', { selector: 'dt' })).toBeNull();
    expect(screen.getByText('No headers')).toBeTruthy();
  });

  it('copies the message as JSON, and says so when the clipboard is not there', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<MessageCard message={message} />, { wrapper });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy message 1 as JSON' })));
    expect(JSON.parse(writeText.mock.calls[0]?.[0] ?? '')).toEqual(message);
    expect(toast.success).toHaveBeenCalledWith('Copied message 1 as JSON');

    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy message 1 as JSON' })));
    expect(toast.error).toHaveBeenCalledWith(expect.stringContaining('clipboard is not available'));
  });
});
