import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FetchedMessage, StreamPage } from '@/lib/api/messages';
import { StreamBrowser } from './stream-browser';
import { jsonAnswer, mockFetch, wrapper } from './test-support';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const fetchMock = mockFetch();

const streamed = (offset: number, position: number): FetchedMessage => ({
  position,
  exchange: '',
  routing_key: 'events',
  redelivered: false,
  properties: { timestamp: 1_717_243_200 },
  headers: { 'x-stream-offset': offset },
  payload: `event ${offset}`,
  payload_encoding: 'string',
  payload_bytes: 7,
  truncated: false,
  fingerprint: 'f'.repeat(43),
  offset,
});

const page = (from: string, offsets: number[]): Response =>
  jsonAnswer({ from, messages: offsets.map((offset, i) => streamed(offset, i + 1)) } satisfies StreamPage);

const requested = (call: number) => new URL(String(fetchMock.mock.calls[call]?.[0]), 'http://warren').searchParams;

describe('StreamBrowser', () => {
  it('reads nothing until asked, then pages Newer and Older by offsets from the page shown', async () => {
    fetchMock.mockImplementation(async (input) => {
      const from = new URL(String(input), 'http://warren').searchParams.get('from') ?? '';
      return from === 'first' ? page(from, [100, 101]) : from === '102' ? page(from, []) : page(from, [80, 81]);
    });
    render(<StreamBrowser vhost="/" name="events" />, { wrapper });
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Messages'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read' }));
    expect(await screen.findByText('2 messages, offsets 100 to 101')).toBeTruthy();
    expect(requested(0).get('from')).toBe('first');
    expect(requested(0).get('count')).toBe('5');
    // Each card: beside its offset, and among the properties.
    expect(screen.getAllByText('2024-06-01T12:00:00Z')).toHaveLength(4);
    expect(screen.getByText('Offset 101')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Older' })));
    expect(await screen.findByText('2 messages, offsets 80 to 81')).toBeTruthy();
    expect(requested(1).get('from')).toBe('95');

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Newer' })));
    await waitFor(() => expect(requested(2).get('from')).toBe('82'));
  });

  it('says when there is nothing from there, and Older and Newer have nothing to go by', async () => {
    fetchMock.mockResolvedValue(page('next', []));
    render(<StreamBrowser vhost="/" name="events" />, { wrapper });
    fireEvent.change(screen.getByLabelText('Start at'), { target: { value: 'next' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read' }));
    expect(await screen.findByText('No messages from there')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Older' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Newer' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
