import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FetchedMessage, GetMessagesResult } from '@/lib/api/messages';
import { GetMessagesPanel } from './get-messages-panel';
import { jsonAnswer as answer, mockFetch, wrapper } from './test-support';

// The provider's language switch needs a router.
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const fetchMock = mockFetch();

const message = (position: number, payload: string, headers: FetchedMessage['headers'] = {}): FetchedMessage => ({
  position,
  exchange: '',
  routing_key: 'orders',
  redelivered: false,
  message_count: 5 - position,
  properties: { delivery_mode: 2, content_type: 'application/json' },
  headers,
  payload,
  payload_encoding: 'string',
  payload_bytes: payload.length,
  truncated: false,
  fingerprint: 'f'.repeat(43),
});

const result = (ackmode: GetMessagesResult['ackmode'], messages: FetchedMessage[]): GetMessagesResult => ({ ackmode, messages });

/** The JSON body of the n-th request sent. */
const sentBody = (call = 0) => JSON.parse(String(fetchMock.mock.calls[call]?.[1]?.body)) as Record<string, unknown>;

describe('GetMessagesPanel', () => {
  it('gets with the default ack mode at once, without asking, and shows what came back', async () => {
    fetchMock.mockResolvedValue(answer(result('ack_requeue_true', [message(1, '{"id":1}'), message(2, 'plain', { tenant: 'eu-west' })])));
    render(<GetMessagesPanel vhost="/" name="orders" />, { wrapper });
    expect((screen.getByLabelText('Ack mode') as HTMLSelectElement).value).toBe('ack_requeue_true');
    fireEvent.click(screen.getByRole('button', { name: 'Get messages' }));

    expect(await screen.findByText('2 messages fetched; requeued')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/queues/%2F/orders/get');
    expect(sentBody()).toEqual({ ackmode: 'ack_requeue_true', encoding: 'auto', count: 10, truncate: 50000 });
    expect(screen.getByRole('heading', { name: 'Message 1' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Message 2' })).toBeTruthy();

    // The search looks in payloads and header values.
    fireEvent.change(screen.getByLabelText('Search fetched messages'), { target: { value: 'EU-WEST' } });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Message 1' })).toBeNull());
    expect(screen.getByRole('heading', { name: 'Message 2' })).toBeTruthy();
    expect(screen.getByText('1 of 2 match')).toBeTruthy();
  });

  it('asks before a removing mode, sends nothing until confirmed, and nothing when cancelled', async () => {
    fetchMock.mockResolvedValue(answer(result('ack_requeue_false', [message(1, 'gone')])));
    render(<GetMessagesPanel vhost="shop" name="orders" queueType="quorum" />, { wrapper });
    fireEvent.change(screen.getByLabelText('Ack mode'), { target: { value: 'ack_requeue_false' } });
    fireEvent.change(screen.getByLabelText('Messages'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Get messages' }));

    const dialog = await screen.findByRole('dialog', { name: 'Remove up to 3 messages from queue orders?' });
    expect(fetchMock).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' })));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Get messages' }));
    const again = await screen.findByRole('dialog', { name: 'Remove up to 3 messages from queue orders?' });
    expect(fetchMock).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(within(again).getByRole('button', { name: 'Get and remove' })));

    expect(await screen.findByText('1 message fetched; removed')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(sentBody()).toMatchObject({ ackmode: 'ack_requeue_false', count: 3 });
  });

  it('refuses a count out of range on its field, and sends nothing', async () => {
    render(<GetMessagesPanel vhost="/" name="orders" />, { wrapper });
    fireEvent.change(screen.getByLabelText('Messages'), { target: { value: '1001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Get messages' }));
    const error = await screen.findByText('Enter a whole number from 1 to 1000');
    expect(error.getAttribute('role')).toBe('alert');
    expect(screen.getByLabelText('Messages').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal in place, and says when the queue is empty', async () => {
    fetchMock.mockResolvedValueOnce(answer({ error: { code: 'ACCESS_REFUSED', message: 'read access to queue orders refused' } }, 403));
    render(<GetMessagesPanel vhost="/" name="orders" />, { wrapper });
    fireEvent.click(screen.getByRole('button', { name: 'Get messages' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not get messages from queue orders');
    expect(alert.textContent).toContain('read access to queue orders refused');

    fetchMock.mockResolvedValueOnce(answer(result('ack_requeue_true', [])));
    fireEvent.click(screen.getByRole('button', { name: 'Get messages' }));
    expect(await screen.findByText('The queue is empty')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
