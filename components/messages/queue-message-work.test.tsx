import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FetchedMessage, GetMessagesResult } from '@/lib/api/messages';
import { QueueMessageWork } from './queue-message-work';
import { answerBy, jsonAnswer, mockFetch, wrapper } from './test-support';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const fetchMock = mockFetch();

const fingerprint = (n: number) => String(n).padStart(43, 'f');
const message = (position: number, headers: FetchedMessage['headers'] = {}): FetchedMessage => ({
  position,
  exchange: '',
  routing_key: 'orders',
  redelivered: false,
  properties: {},
  headers,
  payload: `m${position}`,
  payload_encoding: 'string',
  payload_bytes: 2,
  truncated: false,
  fingerprint: fingerprint(position),
});
const got = (ackmode: GetMessagesResult['ackmode'], messages: FetchedMessage[]) => jsonAnswer({ ackmode, messages });
const emptyList = () => jsonAnswer({ fields: ['name'], rows: [], page: 1, page_size: 30, page_count: 1, item_count: 0, filtered_count: 0, total_count: 0 });
const done = () => new Response(`${JSON.stringify({ type: 'done', ended: 'complete', source_at_start: 4, moved: 2, skipped: 2, failed: 0, duplicates_possible: 0, elapsed_ms: 5, rate: 400, left: 2 })}\n`);
const moveBody = () => JSON.parse(String(fetchMock.mock.calls.find(([url]) => String(url).endsWith('/move'))?.[1]?.body)) as Record<string, unknown>;

// Each test renders both panels and several message cards: slow on a loaded machine.
describe('QueueMessageWork', { timeout: 15_000 }, () => {
  it('moves the messages ticked in Get messages: their fingerprints, and the Get’s count as how far to look', async () => {
    answerBy(fetchMock, [
      [/\/get$/, () => got('ack_requeue_true', [message(1), message(2), message(3), message(4)])],
      [/\/api\/queues\?/, emptyList],
      [/\/move$/, done],
    ]);
    render(<QueueMessageWork vhost="/" name="orders" queueType="classic" />, { wrapper });
    const selectedOption = screen.getByLabelText('The messages selected in Get messages (0)') as HTMLInputElement;
    expect(selectedOption.disabled).toBe(true);

    fireEvent.change(screen.getByLabelText('Messages'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Get messages' }));
    await screen.findByRole('heading', { name: 'Message 1' });
    expect(screen.getByText('0 messages selected')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Move selected…' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select message 3' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select message 1' }));
    expect(screen.getByText('2 messages selected')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Move selected…' }));
    const option = screen.getByLabelText('The messages selected in Get messages (2)') as HTMLInputElement;
    await waitFor(() => expect(option.checked).toBe(true));
    expect(document.activeElement).toBe(option);

    const form = screen.getByRole('form', { name: 'Move messages' });
    fireEvent.change(within(form).getByLabelText('Destination queue'), { target: { value: 'orders-retry' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Move messages' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move 2 selected messages from queue orders to queue orders-retry?' });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Move messages' })));
    expect(await screen.findByText('Move complete')).toBeTruthy();
    expect(moveBody()).toEqual({
      target: { kind: 'queue', name: 'orders-retry' },
      select: { mode: 'selected', fingerprints: [fingerprint(1), fingerprint(3)], scan: 4 },
      filter: {},
      include_moved: false,
    });
  });

  it('offers no selection after a Get that removed the messages, and a new Get starts a new selection', async () => {
    let answer = () => got('ack_requeue_true', [message(1), message(2)]);
    answerBy(fetchMock, [
      [/\/get$/, () => answer()],
      [/\/api\/queues\?/, emptyList],
    ]);
    render(<QueueMessageWork vhost="/" name="orders" />, { wrapper });
    fireEvent.click(screen.getByRole('button', { name: 'Get messages' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select message 2' }));
    expect(screen.getByText('1 message selected')).toBeTruthy();

    answer = () => got('ack_requeue_false', [message(1)]);
    fireEvent.change(screen.getByLabelText('Ack mode'), { target: { value: 'ack_requeue_false' } });
    fireEvent.click(screen.getByRole('button', { name: 'Get messages' }));
    await act(async () => fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Get and remove' })));
    expect(await screen.findByText('1 message fetched; removed')).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Select message/ })).toBeNull();
    expect((screen.getByLabelText('The messages selected in Get messages (0)') as HTMLInputElement).disabled).toBe(true);
  });

  it('a Get that shows dead-lettered messages makes Redrive the default and offers Redrive all', async () => {
    const death = { 'x-death': [{ queue: 'orders', reason: 'rejected', count: 1, exchange: '', 'routing-keys': ['orders'] }] };
    answerBy(fetchMock, [
      [/\/get$/, () => got('ack_requeue_true', [message(1, death)])],
      [/\/api\/queues\?/, emptyList],
    ]);
    render(<QueueMessageWork vhost="/" name="orders.dlq" />, { wrapper });
    expect((screen.getByLabelText('A queue') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('button', { name: 'Redrive all' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Get messages' }));
    await screen.findByRole('heading', { name: 'Message 1' });
    expect((screen.getByLabelText('Redrive: back where each message was dead-lettered from') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Redrive all' })).toBeTruthy();
  });
});
